-- Who ran each import (ImportMeta.actor: "cli:OS-USER", "user:NAME", "system:demo"), so that the demo publishes what
-- its own imports loaded and never a draft someone else entered or imported (decision 0750). Imports made before this
-- migration take it from their audit entry, which has recorded it from the start.
ALTER TABLE imports ADD COLUMN actor TEXT;
UPDATE imports SET actor = (SELECT a.actor FROM audit_log a WHERE a.action = 'import.run' AND a.subject = 'import:' || imports.id);
