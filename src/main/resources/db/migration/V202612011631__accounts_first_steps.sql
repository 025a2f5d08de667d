-- A new member's first-steps tips on the home page stay until the member hides them.
alter table members add column first_steps_dismissed_at timestamptz;
