-- Publication (issue 12, decision 0901): each dataset's licence mark as a person recorded it. A mark here takes
-- precedence over the defaults the code knows (UCDP GED and Syrian Archive open, ACLED reference only); a dataset
-- with no mark at all stays restricted. dataset is kept in lower case; terms is open, reference_only or restricted.
CREATE TABLE publication_licences (
    dataset     TEXT PRIMARY KEY,
    terms       TEXT NOT NULL CHECK (terms IN ('open', 'reference_only', 'restricted')),
    licence     TEXT,
    attribution TEXT,
    marked_by   TEXT NOT NULL,
    marked_at   TEXT NOT NULL
);
