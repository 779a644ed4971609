/** The console's start page: transports, queues, throughput and what needs attention, live. */
package community.porter.console.dashboard;
