# Personal data: settings bounds, stray files, retention, purge and the right of access.

settings-too-large = { $key } = { $value } is too large: at most { $max }
settings-out-of-range = { $key } = { $value } must be between 0 and { $max }
settings-retention-zero = retention_years = 0: write at least 1 (or remove the line to set no retention)
settings-unknown-key = { $file }: unknown key { $key }, ignored
settings-unknown-key-close = { $file }: unknown key { $key }, ignored — did you mean { $close }?
flag-too-large = --{ $flag } { $value } is too large: at most { $max }
stray-symlink = { $name } is a symbolic link: a case file must be a regular file
stray-dir = { $name } is a directory, not a case file
stray-temp = { $name } is a temporary file left by an interrupted write
stray-other = { $name } is not a case file (case files are named salaries/<ID>.toml)
stray-hint = salaries/ holds only the case files: move or delete this file
not-utf8 = the file is not UTF-8: first bad byte at offset { $offset }
not-utf8-hint = save the file as UTF-8 from your editor
retention-past = left on { $exit }: the retention period ({ $years ->
    [one] { $years } year
   *[other] { $years } years
}) ended on { $until }
retention-hint = `iae purge --dry-run` shows what would be anonymised, `iae purge` anonymises it
retention-title = Files to anonymise (retention period over)
purge-none = No file is past its retention period.
purge-no-retention = iae.toml sets no retention period (retention_years): nothing to anonymise
purge-no-retention-hint = add for instance `retention_years = 2` to iae.toml
purge-would = { $count ->
    [one] { $count } file would be anonymised (nothing is written):
   *[other] { $count } files would be anonymised (nothing is written):
}
purge-done = { $count ->
    [one] { $count } file anonymised.
   *[other] { $count } files anonymised.
}
purge-line = { $id } left on { $exit }, kept until { $until }
purge-history = Git history keeps the earlier versions: see docs/privacy.md to remove them.
purge-erase-needs-id = --erase deletes a whole file: give its id (iae purge ID --erase)
purge-id-needs-erase = to delete the file { $id } entirely, add --erase; without an id, iae purge anonymises the files past their retention period
purge-erased = Deleted { $file }.
export-title = Data held on { $name }
export-intro = This document gathers everything { $structure } holds about you, as recorded in the file { $id }, on { $date }.
export-wrote = Wrote { $file }.
export-wrote-two = Wrote { $html } and { $json }.
export-output-ext = --output { $file }: write a .html or .json file
export-many = several people match "{ $query }": give the id
edit-copy-kept = your edited copy is kept at { $file }; it holds personal data: delete it once you no longer need it
