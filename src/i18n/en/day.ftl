# A counsellor's day: derogations that amend the record they were about, checks that
# name what they found.

contract-overlap-despite-derogation = { $problem }, despite the derogation "{ $why }": a derogation bends the rules of one contract, it does not allow two contracts at once
contract-overlap-hint = fix the dates with `iae contract amend`, or take the duplicate out with `iae contract remove`
contract-derogation-amended = The { $kind } contract of { $who } from { $start } was already recorded: the derogation "{ $why }" is added to it, no second contract is created.
hours-not-positive = --hours { $hours }: hours must be positive
pass-number-shared = PASS IAE n° { $number } is also that of { $others }
pass-number-shared-hint = a PASS IAE belongs to one person only: check the number on the notification from the inclusion platform
barrier-number-twice = { $id } has two barriers n°{ $number }: which one is meant cannot be told; nothing was written
barrier-renumber-hint = renumber the second: `iae edit { $id }`, and in its [[barriers]] write number = { $free } (the first free number)
exit-open-barriers = Barriers still open: { $list }
exit-barriers-question = What became of them? resolved (r), abandoned (a) or still open (o)
exit-barriers-answer = "{ $answer }": answer r (resolved), a (abandoned) or o (still open)
exit-contracts-dropped = { $count ->
    [one] The contract { $list }, which had not started on { $date }, is taken out.
   *[other] The contracts { $list }, which had not started on { $date }, are taken out.
}
exit-barriers-closed = { $count ->
    [one] { $count } barrier still open is marked { $outcome } on { $date }.
   *[other] { $count } barriers still open are marked { $outcome } on { $date }.
}
exit-barriers-kept = { $count ->
    [one] { $count } barrier stays open: `iae barrier resolve { $id } N --on DATE` when it is lifted, or --barriers resolved|abandoned at the exit.
   *[other] { $count } barriers stay open: `iae barrier resolve { $id } N --on DATE` when they are lifted, or --barriers resolved|abandoned at the exit.
}
deadline-contract-ended = contract ended on { $date } with no renewal and no exit
deadline-pass-ended = PASS IAE ended on { $date } with no exit recorded
deadline-dismissed = { $detail } (set aside: { $reason })
dismiss-no-reason = --reason is empty: say why the item is set aside
dismiss-no-item = { $who } has no pending "{ $item }" item; nothing was written
dismiss-no-item-hint = `iae report deadlines --format csv` lists the items, their kind in the "what" column
dismiss-several = { $count } "{ $item }" items: { $dates }; pick one with --date
dismiss-done = The "{ $item }" item of { $date } for { $who } is set aside: { $reason }. `iae report deadlines --all` still shows it.
notes-inline = Notes of the interview (end with an empty line; nothing for no notes):
active-idle = no contract since { $date } and no exit recorded
recruit-criteria-fail = the criteria do not make the person eligible: { $reason } ({ $missing ->
    [0] no level-2 criterion is missing, but criteria contradict each other
    [one] { $missing } level-2 criterion missing
   *[other] { $missing } level-2 criteria missing
}); nothing was written
recruit-criteria-fail-hint = add the missing criteria, have the diagnosis made by an authorised prescriber (--diagnosis-by prescriber), or say why the hiring goes ahead all the same: --derogation "why"
exit-dropped-contract = { $kind } of { $start }
