-- The table of the JPA application that platform tests run against (NotesApplication).
CREATE TABLE notes (
    id   uuid         PRIMARY KEY,
    text varchar(200) NOT NULL
);
