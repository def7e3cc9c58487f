# Messages of the reports and of their tables.

report-output-unknown = --output { $path }: unknown extension
report-output-no-page = --output { $path }: the HTML page is made for the annual report (`iae report annual`)
report-output-kinds = write a .json, .yaml, .csv, .md, .txt or .xlsx file (and .html for the annual report)
report-wrote = Wrote { $path }.
cell-yes = yes
cell-no = no
report-overdue = { $count ->
    [one] ! { $count } deadline overdue
   *[other] ! { $count } deadlines overdue
}
report-excluded = Exits not counted
report-rates = Rates and targets
report-dynamic_rate = Dynamic exit rate
report-durable_rate = Durable employment rate
report-exits = Exits in the period
report-excluded_retrait = Not counted: retrait
report-excluded_too_short = Not counted: too short
