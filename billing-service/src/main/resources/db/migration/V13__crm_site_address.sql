-- The site's postal address as crm's site events carry it, for the documents that name the site. Rows kept before
-- it was read stay null until the site's next event: a document then prints the site without its address.
alter table crm_sites add column address text;
