# Usage errors of the command line (clap's), and dates as typed.

clap-unknown-argument = unexpected argument '{ $arg }' found
clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-invalid-value-because = invalid value '{ $value }' for '{ $arg }': { $reason }
clap-not-a-number = not a number (for example 35 or 35.5)
clap-not-a-whole-number = not a positive whole number (for example 30)
clap-number-too-large = this number is too large
clap-value-required = a value is required for '{ $arg }' but none was supplied
clap-used-twice = the argument '{ $arg }' cannot be used multiple times
clap-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
clap-conflict-many = the argument '{ $arg }' cannot be used with:
clap-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
clap-no-equals = equal sign is needed when assigning values to '{ $arg }'
clap-invalid-subcommand = unrecognized subcommand '{ $name }'
clap-missing-required = the following required arguments were not provided:
clap-missing-subcommand = '{ $command }' requires a subcommand but one was not provided
clap-subcommands = [subcommands: { $values }]
clap-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
clap-too-few-values = { $min } values required by '{ $arg }'; only { $actual } { $actual ->
    [one] was
   *[other] were
} provided
clap-wrong-number-of-values = { $expected } values required for '{ $arg }' but { $actual } { $actual ->
    [one] was
   *[other] were
} provided
clap-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
clap-unknown-cause = command-line error
clap-quoted = '{ $value }'
clap-similar-subcommand = { $count ->
    [one] a similar subcommand exists: { $values }
   *[other] some similar subcommands exist: { $values }
}
clap-similar-argument = { $count ->
    [one] a similar argument exists: { $values }
   *[other] some similar arguments exist: { $values }
}
clap-similar-value = { $count ->
    [one] a similar value exists: { $values }
   *[other] some similar values exist: { $values }
}
clap-more-information = For more information, try '{ $help }'.

date-not-a-date = { $text } is not a date — write YYYY-MM-DD or DD/MM/YYYY, e.g. 2025-03-03
date-no-such-day = { $text } is not a date — there is no such day in the calendar; write YYYY-MM-DD or DD/MM/YYYY
date-short-year = { $text } is not a date — write the year with four digits (2025-03-03 or 03/03/2025)
