/**
 * Messages in and out of Porter: the inbox (stored before acknowledging), the command log (one
 * outcome per message), the outbox and its parts (stored before sending, receipts matched here).
 */
package community.porter.access.message;
