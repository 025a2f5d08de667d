-- The response-time ladder's ESCALATION step replaced the unanswered timer; its hours moved there.
drop table unanswered_escalation;
