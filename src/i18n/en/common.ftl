# Messages shared by every command: how errors and hints are introduced, plurals used
# across reports. One message per id; the same ids in fr/common.ftl.

error-prefix = error:
hint-prefix = hint:
caused-by = caused by:
warning-prefix = warning:
people-concerned = { $count ->
    [one] { $count } person concerned
   *[other] { $count } people concerned
}

## Files and the disk
io-kind-not-found = no such file or directory
io-kind-permission-denied = permission denied (the file's or directory's rights)
io-kind-already-exists = the file already exists
io-kind-storage-full = the disk is full
io-kind-read-only = the disk is read-only
io-cannot-write = cannot write { $path }
io-cannot-create = cannot create { $path }
io-cannot-create-temp = cannot create a temporary file in { $dir }
io-cannot-write-temp = cannot write a temporary file in { $dir }
io-cannot-sync = cannot sync { $path } to the disk
io-cannot-open-lock = cannot open the lock { $path }
io-cannot-take-lock = cannot take the lock { $path }
io-cannot-parse = cannot parse { $path }
io-cannot-delete = cannot delete { $path }
doc-not-array-of-tables = `{ $key }` is not written as [[{ $key }]] tables; fix it with `iae edit`
