-- Who holds an office, by whose office it is.
--
-- A statement whose source describes its speaker by role ('Pakistan’s foreign minister
-- added') and whose article names nobody with that role is given to the one person the
-- knowledge base has seen with that role and affiliation in other articles. That look-up
-- reads the roles of one affiliation, not the whole table.
CREATE INDEX roles_affiliation ON roles (affiliation, actor_id);
