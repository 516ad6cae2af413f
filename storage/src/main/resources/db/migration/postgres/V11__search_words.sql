-- Full text from the words the store already separated (decision 0112). search_text is normalized by the store
-- (SearchText: lower case, marks removed, every run of other characters one space), so its words are exactly its
-- space-separated parts, as SQLite's FTS5 and the store's query tokens see them. search_words turns them into a
-- tsvector without PostgreSQL's text-search parser, which took three quarters of the GIN build's time (1M rows:
-- to_tsvector 15.5 s, this 4.5 s). Empty parts are dropped, and so are words over 2047 bytes, which a tsvector
-- cannot hold (to_tsvector dropped them too; a query for one matches nothing).
CREATE FUNCTION search_words(doc text) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
    IF octet_length(doc) < 2048 THEN -- no word can be too long: the common case, without a subquery
        RETURN array_to_tsvector(array_remove(string_to_array(doc, ' '), ''));
    END IF;
    RETURN array_to_tsvector(ARRAY(SELECT w FROM unnest(string_to_array(doc, ' ')) w
                                   WHERE w <> '' AND octet_length(w) <= 2047));
END
$$;

DROP INDEX incidents_by_text;
CREATE INDEX incidents_by_text ON incidents USING gin (search_words(search_text));
