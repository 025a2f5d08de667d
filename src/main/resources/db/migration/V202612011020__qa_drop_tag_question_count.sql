-- A tag's count depends on who reads it (only questions in spaces he may read count), so it is
-- counted per reader; one stored count over every space would be wrong for nearly everyone.
alter table tags drop column question_count;
