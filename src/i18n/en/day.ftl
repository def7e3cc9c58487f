# A counsellor's day: derogations that amend the record they were about, checks that
# name what they found.

contract-overlap-despite-derogation = { $problem }, despite the derogation "{ $why }": a derogation bends the rules of one contract, it does not allow two contracts at once
contract-overlap-hint = fix the dates with `iae contract amend`, or take the duplicate out with `iae contract remove`
contract-derogation-amended = The { $kind } contract of { $who } from { $start } was already recorded: the derogation "{ $why }" is added to it, no second contract is created.
