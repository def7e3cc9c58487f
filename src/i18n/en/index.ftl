# The index .iae/index (a cache rebuilt from the case files).
index-damaged = note: the index { $path } was damaged; it is rebuilt from the case files (no result depends on it).
