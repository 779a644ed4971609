/**
 * The demo community of demo mode (SPEC section 9): fixed facts that documentation and
 * black-box tests rely on, plus optional bulk residents for load tests.
 */
package community.porter.access.demo;
