/** Visitor requests and their approval, visitor passes, and the blacklist of visitor phones. */
package community.porter.access.visitor;
