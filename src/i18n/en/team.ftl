# Working as a team on one directory through git: the merge driver, a case's history
# (iae log), iae sync and iae git setup. The same ids in fr/team.ftl.

## The merge driver (iae merge-file)
merge-renumbered-comment = barrier n° { $from } from the other copy, renumbered { $to } by the merge
merge-renumbered = { $path }: barrier n° { $from } was added on both sides; the other copy's becomes n° { $to }
merge-conflict = { $path }: "{ $key }" was changed differently on both sides — keep the right value between <<<<<<< and >>>>>>>, remove the markers, then `iae check`
merge-not-toml = { $path }: one of the versions is not valid TOML; git merged it line by line, check it by hand

## Conflict markers left in a case file (E006)
conflict-blocks = unresolved merge conflict — keep both [[{ $section }]] blocks, or run `iae git setup` and merge again
conflict-section = unresolved merge conflict — keep the right version of [{ $section }] between <<<<<<< and >>>>>>>, or run `iae git setup` and merge again
conflict-value = unresolved merge conflict on "{ $key }" — keep the right value between <<<<<<< and >>>>>>> and remove the markers
conflict-other = unresolved merge conflict — keep what is needed between <<<<<<< and >>>>>>>, or run `iae git setup` and merge again

## Set-up (iae git setup, iae init, iae check's W010)
driver-missing = the merge driver for case files is not configured in this clone: two changes to one case file will stop on a line conflict
driver-missing-hint = run `iae git setup` in this clone
setup-attributes-written = .gitattributes: case files (salaries/*.toml) now go through the iae merge driver; `iae sync` shares it with the other clones
setup-attributes-present = .gitattributes already sends case files (salaries/*.toml) to the iae merge driver
setup-driver = merge driver "iae" set in this clone's configuration (.git/config): a case file changed on both sides merges by its content
not-a-repo = { $dir } is not in a git repository
not-a-repo-hint = `git init` in the structure, or `git clone` the shared repository, then `iae git setup`

## iae log
log-no-history = { $id } has no history in git yet (the file was never committed)
log-no-history-hint = `iae sync` records the changes in git
log-unreadable = unreadable version (not a valid case file)
log-created = case file opened (hired on { $entry })
log-deleted = case file deleted
log-truncated = first version available (history cut short by a shallow clone)
log-no-change = no change of content (layout only)
log-entry-added = { $section ->
    [interviews] { $label } of { $entry } added
    [contracts] { $label } contract of { $entry } added
    [barriers] barrier n° { $entry } noted ({ $label })
    [barriers-actions] barrier n° { $parent }: action of { $entry } added
    [hours] hours of { $entry }: { $label } h added
    [pass-suspensions] PASS suspension from { $entry } added
    [pass-prolongations] PASS prolongation to { $entry } added
    [eligibility-proofs] proof ({ $entry }) added
    [skills] skill assessed on { $entry } added ({ $label })
    [trainings] training of { $entry } added ({ $label })
    [immersions] immersion of { $entry } added
    [followups] follow-up after the exit of { $entry } added
    [project-previous] former project of { $entry } added
   *[other] { $section } { $entry } added
}
log-entry-removed = { $section ->
    [interviews] { $label } of { $entry } removed
    [contracts] { $label } contract of { $entry } removed
    [barriers] barrier n° { $entry } removed
    [barriers-actions] barrier n° { $parent }: action of { $entry } removed
    [hours] hours of { $entry } removed
    [pass-suspensions] PASS suspension of { $entry } removed
    [pass-prolongations] PASS prolongation to { $entry } removed
    [eligibility-proofs] proof ({ $entry }) removed
    [skills] skill assessed on { $entry } removed
    [trainings] training of { $entry } removed
    [immersions] immersion of { $entry } removed
    [followups] follow-up of { $entry } removed
    [project-previous] former project of { $entry } removed
   *[other] { $section } { $entry } removed
}
log-entry-name = { $section ->
    [interviews] { $label } of { $entry }
    [contracts] { $label } contract of { $entry }
    [barriers] barrier n° { $entry }
    [barriers-actions] barrier n° { $parent }, action of { $entry }
    [hours] hours of { $entry }
    [pass-suspensions] PASS suspension of { $entry }
    [pass-prolongations] PASS prolongation to { $entry }
    [eligibility-proofs] proof { $entry }
    [skills] skill assessed on { $entry }
    [trainings] training of { $entry }
    [immersions] immersion of { $entry }
    [followups] follow-up of { $entry }
    [project-previous] former project of { $entry }
    [person] identity
    [recruitment] recruitment
    [eligibility] eligibility diagnosis
    [pass] PASS IAE
    [project] professional project
    [exit] exit
   *[other] { $section }
}
log-section-added = { $section ->
    [exit] exit on { $entry } ({ $label })
    [pass] PASS IAE of { $entry } recorded
    [project] professional project set on { $entry } ({ $label })
    [eligibility] eligibility diagnosis of { $entry } recorded
   *[other] { $section } added
}
log-section-removed = { $section ->
    [exit] exit cancelled
    [pass] PASS IAE removed
    [project] professional project removed
    [eligibility] eligibility diagnosis removed
   *[other] { $section } removed
}
log-field-changed = { $what }: { $field } { $before } → { $after }
log-field-rewritten = { $what }: { $field } rewritten
log-contract-end = contract end { $before } → { $after }
log-barrier-resolved = barrier n° { $entry } lifted on { $date }
log-barrier-abandoned = barrier n° { $entry } abandoned on { $date }
log-patch-header = TOML difference:
log-merge = merge

## iae sync
sync-summary = { $sent ->
    [0] nothing sent
    [one] 1 commit sent
   *[other] { $sent } commits sent
}, { $received ->
    [0] nothing received
    [one] 1 commit received
   *[other] { $received } commits received
}{ $files ->
    [0] {""}
    [one] {""} (1 case file changed by others)
   *[other] {""} ({ $files } case files changed by others)
}
sync-local = { $committed ->
    [0] nothing to record
    [one] 1 commit recorded
   *[other] { $committed } commits recorded
}; no remote repository: nothing to send or receive
sync-conflict = real conflict in { $files }: open the file, keep the right value between <<<<<<< and >>>>>>>, remove the markers, then run `iae sync` again
sync-still-markers = { $files } still holds conflict markers (<<<<<<< / >>>>>>>): keep the right value, remove the markers, then run `iae sync` again
sync-unmerged = the previous merge is not finished: { $files }
sync-fetch-failed = { $remote } cannot be reached: { $committed ->
    [0] nothing new to record here
   *[other] your changes are recorded here
}; run `iae sync` again when it can be reached
sync-push-failed = sending to { $remote } failed; run `iae sync` again (others may have sent in the meantime)
sync-driver-set = merge driver configured in this clone (`iae git setup`)
git-failed = the git command `{ $command }` failed
git-failed-hint = fix what git reports above, then run the command again; `git status` in the structure's directory shows where the repository stands
git-said = git answered: { $output }
sync-fetch-failed-hint = check the network and the address of the shared repository (`git remote -v`)
