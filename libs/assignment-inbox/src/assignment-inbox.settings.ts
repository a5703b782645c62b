/** Injection token of the `Inbox` (service and kind of receiving body) a service keeps. */
export const ASSIGNMENT_INBOX = Symbol('ASSIGNMENT_INBOX');
