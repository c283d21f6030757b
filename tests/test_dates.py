"""The temporal engine: a table of (phrase in context, anchor) -> normalisation,
the false friends that must not be dates, anchoring rules, and the seed."""
import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.dates import display_date, find_dates, format_table, parse_anchor
from timeline.errors import BadDate

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "nk-ambassador-italy.txt"
SEED_EXPECTED = SHARED / "seed" / "nk-ambassador-italy.expected.yml"

A = "2019-01-03"  # a Thursday; the seed article's publication date
Q = "1989-11-01"  # a Wednesday, in a season of quarterly reports

# (context, phrase, anchor, type, value, mod, date_start, date_end, precision)
CASES = [
    # explicit day dates
    ("It happened on Jan. 3, 2019, in Rome.", "Jan. 3, 2019", A, "DATE", "2019-01-03", None, "2019-01-03", "2019-01-03", "day"),
    ("It happened on 3 January 2019 in Rome.", "3 January 2019", A, "DATE", "2019-01-03", None, "2019-01-03", "2019-01-03", "day"),
    ("The file is dated 2019-01-03 in the log.", "2019-01-03", A, "DATE", "2019-01-03", None, "2019-01-03", "2019-01-03", "day"),
    ("The form was signed 01/03/2019 by him.", "01/03/2019", A, "DATE", "2019-01-03", None, "2019-01-03", "2019-01-03", "day"),
    ("It opened on January 3rd, 2019.", "January 3rd, 2019", A, "DATE", "2019-01-03", None, "2019-01-03", "2019-01-03", "day"),
    ("It opened on the 3rd of January 2019.", "the 3rd of January 2019", A, "DATE", "2019-01-03", None, "2019-01-03", "2019-01-03", "day"),
    ("The period ended Sept. 30, 1989, the company said.", "Sept. 30, 1989", Q, "DATE", "1989-09-30", None, "1989-09-30", "1989-09-30", "day"),
    ("He was arrested on Dec. 7 in Paris.", "Dec. 7", A, "DATE", "2018-12-07", None, "2018-12-07", "2018-12-07", "day"),
    ("The two will meet on Jan. 15 in Hanoi.", "Jan. 15", A, "DATE", "2019-01-15", None, "2019-01-15", "2019-01-15", "day"),
    # an abbreviation's full stop ("U.S.") does not end the clause whose verb tells the tense
    ("Ministers will meet at the U.S. air base on Monday.", "Monday", A, "DATE", "2019-01-07", None, "2019-01-07", "2019-01-07", "day"),
    ("Ministers met at the U.S. air base on Monday.", "Monday", A, "DATE", "2018-12-31", None, "2018-12-31", "2018-12-31", "day"),
    ("The vote is set for Feb. 4.", "Feb. 4", A, "DATE", "2019-02-04", None, "2019-02-04", "2019-02-04", "day"),
    ("It said it would close the plant on March 12.", "March 12", A, "DATE", "2019-03-12", None, "2019-03-12", "2019-03-12", "day"),
    ("The law took effect May 5, 2018.", "May 5, 2018", A, "DATE", "2018-05-05", None, "2018-05-05", "2018-05-05", "day"),
    ("The bombs exploded on August 7 in two capitals.", "August 7", "1998-08-10", "DATE", "1998-08-07", None, "1998-08-07", "1998-08-07", "day"),
    ("Bids are due Nov. 25, the agency said.", "Nov. 25", "1989-10-26", "DATE", "1989-11-25", None, "1989-11-25", "1989-11-25", "day"),
    ("Stocks crashed on Oct. 19, 1987.", "Oct. 19, 1987", A, "DATE", "1987-10-19", None, "1987-10-19", "1987-10-19", "day"),
    ("The meeting was on 14 February, officials said.", "14 February", A, "DATE", "2019-02-14", None, "2019-02-14", "2019-02-14", "day"),
    ("It was announced Dec. 31, 2018.", "Dec. 31, 2018", A, "DATE", "2018-12-31", None, "2018-12-31", "2018-12-31", "day"),
    ("The week of March 6 was busy.", "The week of March 6", "2000-03-01", "DATE", "2000-W10", None, "2000-03-06", "2000-03-12", "week"),
    # month and year
    ("He became ambassador in October 2017.", "October 2017", A, "DATE", "2017-10", None, "2017-10-01", "2017-10-31", "month"),
    ("Sales fell in Dec. 2018, it said.", "Dec. 2018", A, "DATE", "2018-12", None, "2018-12-01", "2018-12-31", "month"),
    ("It has grown since March 2016.", "March 2016", A, "DATE", "2016-03", None, "2016-03-01", "2016-03-31", "month"),
    ("The summit is planned for May 2019.", "May 2019", A, "DATE", "2019-05", None, "2019-05-01", "2019-05-31", "month"),
    ("He was born in February of 1970.", "February of 1970", A, "DATE", "1970-02", None, "1970-02-01", "1970-02-28", "month"),
    ("The store opens in September, 2019.", "September, 2019", A, "DATE", "2019-09", None, "2019-09-01", "2019-09-30", "month"),
    # bare months, modifiers, tense
    ("He was set to end his term in late November last year.", "late November last year", A, "DATE", "2018-11", "END", "2018-11-21", "2018-11-30", "part_of_month"),
    ("He escaped the compound in early November and fled.", "early November", A, "DATE", "2018-11", "START", "2018-11-01", "2018-11-10", "part_of_month"),
    ("Talks collapsed in mid-November, aides said.", "mid-November", A, "DATE", "2018-11", "MID", "2018-11-11", "2018-11-20", "part_of_month"),
    ("He went into hiding with his wife in November.", "November", A, "DATE", "2018-11", None, "2018-11-01", "2018-11-30", "month"),
    ("He left at the end of November.", "the end of November", A, "DATE", "2018-11", "END", "2018-11-21", "2018-11-30", "part_of_month"),
    ("Work began at the beginning of March 2018.", "the beginning of March 2018", A, "DATE", "2018-03", "START", "2018-03-01", "2018-03-10", "part_of_month"),
    ("He left in the first week of December.", "the first week of December", A, "DATE", "2018-12", "START", "2018-12-01", "2018-12-07", "week"),
    ("The firm was sold last November.", "last November", A, "DATE", "2018-11", None, "2018-11-01", "2018-11-30", "month"),
    ("The plant will open next March.", "next March", A, "DATE", "2019-03", None, "2019-03-01", "2019-03-31", "month"),
    ("A decision is expected this September.", "this September", "1998-02-06", "DATE", "1998-09", None, "1998-09-01", "1998-09-30", "month"),
    ("He was elected in November of last year.", "November of last year", A, "DATE", "2018-11", None, "2018-11-01", "2018-11-30", "month"),
    ("The election will take place in March.", "March", A, "DATE", "2019-03", None, "2019-03-01", "2019-03-31", "month"),
    ("He resigned in August.", "August", "2019-06-15", "DATE", "2018-08", None, "2018-08-01", "2018-08-31", "month"),
    ("Talks began in January and stalled.", "January", A, "DATE", "2019-01", None, "2019-01-01", "2019-01-31", "month"),
    ("The hearing was held in late December.", "late December", A, "DATE", "2018-12", "END", "2018-12-21", "2018-12-31", "part_of_month"),
    ("It will be decided in early February.", "early February", A, "DATE", "2019-02", "START", "2019-02-01", "2019-02-10", "part_of_month"),
    # ranges
    ("Trials ran in April and May 2019.", "April", A, "DATE", "2019-04", None, "2019-04-01", "2019-04-30", "month"),
    ("Trials ran in April and May 2019.", "May 2019", A, "DATE", "2019-05", None, "2019-05-01", "2019-05-31", "month"),
    ("Voting will be held between March and May.", "March", A, "DATE", "2019-03", None, "2019-03-01", "2019-03-31", "month"),
    ("Voting will be held between March and May.", "May", A, "DATE", "2019-05", None, "2019-05-01", "2019-05-31", "month"),
    ("He served from 2016 to 2018 in Rome.", "2016", A, "DATE", "2016", None, "2016-01-01", "2016-12-31", "year"),
    ("He served from 2016 to 2018 in Rome.", "2018", A, "DATE", "2018", None, "2018-01-01", "2018-12-31", "year"),
    ("The strike lasted from October to December.", "December", A, "DATE", "2018-12", None, "2018-12-01", "2018-12-31", "month"),
    # years, decades, centuries
    ("It was the highest profile defection since 2016.", "2016", A, "DATE", "2016", None, "2016-01-01", "2016-12-31", "year"),
    ("Moon held three summits in 2018.", "2018", A, "DATE", "2018", None, "2018-01-01", "2018-12-31", "year"),
    ("Profit rose in fiscal 1989.", "fiscal 1989", Q, "DATE", "1989", None, "1989-01-01", "1989-12-31", "year"),
    ("Prices soared in the 1990s.", "the 1990s", A, "DATE", "199", None, "1990-01-01", "1999-12-31", "decade"),
    ("It began in the early 1980s.", "the early 1980s", A, "DATE", "198", "START", "1980-01-01", "1983-12-31", "decade"),
    ("It peaked in the late 1970s.", "the late 1970s", A, "DATE", "197", "END", "1977-01-01", "1979-12-31", "decade"),
    ("It was a hit in the '90s.", "the '90s", A, "DATE", "199", None, "1990-01-01", "1999-12-31", "decade"),
    ("Whalers came in the 1800s.", "the 1800s", A, "DATE", "18", None, "1800-01-01", "1899-12-31", "century"),
    ("Prices rose in the 2000s.", "the 2000s", A, "DATE", "200", None, "2000-01-01", "2009-12-31", "decade"),
    ("Wars marked the 20th century.", "the 20th century", A, "DATE", "19", None, "1900-01-01", "1999-12-31", "century"),
    ("It is a problem of the 21st century.", "the 21st century", A, "DATE", "20", None, "2000-01-01", "2099-12-31", "century"),
    ("The dam was built in nineteen ninety-six.", "nineteen ninety-six", A, "DATE", "1996", None, "1996-01-01", "1996-12-31", "year"),
    ("Work began in early 2016.", "early 2016", A, "DATE", "2016", "START", "2016-01-01", "2016-04-30", "part_of_year"),
    ("Sales slowed in mid-1996.", "mid-1996", A, "DATE", "1996", "MID", "1996-05-01", "1996-08-31", "part_of_year"),
    ("Sales slowed in late 2018.", "late 2018", A, "DATE", "2018", "END", "2018-09-01", "2018-12-31", "part_of_year"),
    ("He will retire at the end of 2019.", "the end of 2019", A, "DATE", "2019", "END", "2019-09-01", "2019-12-31", "part_of_year"),
    ("In 1989, the wall fell.", "1989", A, "DATE", "1989", None, "1989-01-01", "1989-12-31", "year"),
    # seasons
    ("It will open in the spring of 2019.", "the spring of 2019", A, "DATE", "2019-SP", None, "2019-03-01", "2019-05-31", "season"),
    ("Crops failed last summer.", "last summer", A, "DATE", "2018-SU", None, "2018-06-01", "2018-08-31", "season"),
    ("The plant opens next spring.", "next spring", A, "DATE", "2019-SP", None, "2019-03-01", "2019-05-31", "season"),
    ("Heating costs rose this winter.", "this winter", A, "DATE", "2018-WI", None, "2018-12-01", "2019-02-28", "season"),
    ("He was hired last fall.", "last fall", "1999-05-07", "DATE", "1998-FA", None, "1998-09-01", "1998-11-30", "season"),
    ("It was built in summer 2018.", "summer 2018", A, "DATE", "2018-SU", None, "2018-06-01", "2018-08-31", "season"),
    ("The talks stalled in the autumn of 2017.", "the autumn of 2017", A, "DATE", "2017-FA", None, "2017-09-01", "2017-11-30", "season"),
    # quarters, halves
    ("Profit fell in the third quarter.", "the third quarter", Q, "DATE", "1989-Q3", None, "1989-07-01", "1989-09-30", "quarter"),
    ("Revenue rose in Q3 2019.", "Q3 2019", A, "DATE", "2019-Q3", None, "2019-07-01", "2019-09-30", "quarter"),
    ("Q1 sales rose, it said.", "Q1", "2019-05-01", "DATE", "2019-Q1", None, "2019-01-01", "2019-03-31", "quarter"),
    ("Growth slowed in the first half of 2019.", "the first half of 2019", A, "DATE", "2019-H1", None, "2019-01-01", "2019-06-30", "part_of_year"),
    ("It expects a recovery in the second half of this year.", "the second half of this year", A, "DATE", "2019-H2", None, "2019-07-01", "2019-12-31", "part_of_year"),
    ("Sales in the fourth quarter of 2018 fell.", "the fourth quarter of 2018", A, "DATE", "2018-Q4", None, "2018-10-01", "2018-12-31", "quarter"),
    ("It reported fourth-quarter earnings.", "fourth-quarter", "1998-01-26", "DATE", "1997-Q4", None, "1997-10-01", "1997-12-31", "quarter"),
    ("Net income rose in the latest quarter.", "the latest quarter", "1989-11-02", "DATE", "1989-Q3", None, "1989-07-01", "1989-09-30", "quarter"),
    ("It expects a loss in the current quarter.", "the current quarter", "1989-11-02", "DATE", "1989-Q4", None, "1989-10-01", "1989-12-31", "quarter"),
    ("Sales fell last quarter.", "last quarter", A, "DATE", "2018-Q4", None, "2018-10-01", "2018-12-31", "quarter"),
    ("The 1989 third quarter was weak.", "The 1989 third quarter", A, "DATE", "1989-Q3", None, "1989-07-01", "1989-09-30", "quarter"),
    # weekdays by tense
    ("South Korean sources said Thursday.", "Thursday", A, "DATE", "2019-01-03", None, "2019-01-03", "2019-01-03", "day"),
    ("The ministry said Monday that it had no record.", "Monday", A, "DATE", "2018-12-31", None, "2018-12-31", "2018-12-31", "day"),
    ("The leaders will meet Monday in Hanoi.", "Monday", A, "DATE", "2019-01-07", None, "2019-01-07", "2019-01-07", "day"),
    ("The talks ended on Friday without a deal.", "Friday", A, "DATE", "2018-12-28", None, "2018-12-28", "2018-12-28", "day"),
    ("The envoy will arrive Friday.", "Friday", A, "DATE", "2019-01-04", None, "2019-01-04", "2019-01-04", "day"),
    ("He spoke to reporters last Tuesday.", "last Tuesday", A, "DATE", "2019-01-01", None, "2019-01-01", "2019-01-01", "day"),
    # (written on a Sunday, the week still ahead is the coming one; the past one is the week ending that day)
    ("Talks between the unions will resume this week.", "this week", "2019-05-19", "DATE", "2019-W21", None, "2019-05-20", "2019-05-26", "week"),
    ("Talks between the unions resumed this week.", "this week", "2019-05-19", "DATE", "2019-W20", None, "2019-05-13", "2019-05-19", "week"),
    # (the day before the anchor would be "yesterday": "last Wednesday" is the week before's)
    ("The delegations met last Wednesday in Athens.", "last Wednesday", A, "DATE", "2018-12-26", None, "2018-12-26", "2018-12-26", "day"),
    ("The vote is next Wednesday.", "next Wednesday", A, "DATE", "2019-01-09", None, "2019-01-09", "2019-01-09", "day"),
    ("The embassy was attacked Wednesday night.", "Wednesday night", A, "DATE", "2019-01-02TNI", None, "2019-01-02", "2019-01-02", "day"),
    ("He died early Tuesday in hospital.", "early Tuesday", A, "DATE", "2019-01-01", "START", "2019-01-01", "2019-01-01", "day"),
    ("Police said Saturday that two men were held.", "Saturday", A, "DATE", "2018-12-29", None, "2018-12-29", "2018-12-29", "day"),
    ("The team is scheduled to fly Sunday.", "Sunday", A, "DATE", "2019-01-06", None, "2019-01-06", "2019-01-06", "day"),
    ("The ministry said on Thursday, Jan. 3, 2019 that it had no record.", "Thursday, Jan. 3, 2019", A, "DATE", "2019-01-03", None, "2019-01-03", "2019-01-03", "day"),
    ("The ministry said on Thursday 3 January 2019 that it had no record.", "Thursday 3 January 2019", A, "DATE", "2019-01-03", None, "2019-01-03", "2019-01-03", "day"),
    # deictic days and parts of days
    ("The ministry said yesterday it had no record.", "yesterday", A, "DATE", "2019-01-02", None, "2019-01-02", "2019-01-02", "day"),
    ("The ministry said today it had no record.", "today", A, "DATE", "2019-01-03", None, "2019-01-03", "2019-01-03", "day"),
    ("The envoy arrives tomorrow.", "tomorrow", A, "DATE", "2019-01-04", None, "2019-01-04", "2019-01-04", "day"),
    ("He will speak tonight.", "tonight", A, "TIME", "2019-01-03TNI", None, "2019-01-03", "2019-01-03", "day"),
    ("Markets fell this morning.", "this morning", A, "TIME", "2019-01-03TMO", None, "2019-01-03", "2019-01-03", "day"),
    ("Shots were heard last night.", "last night", A, "TIME", "2019-01-02TNI", None, "2019-01-02", "2019-01-02", "day"),
    ("He was freed yesterday afternoon.", "yesterday afternoon", A, "TIME", "2019-01-02TAF", None, "2019-01-02", "2019-01-02", "day"),
    ("It was signed the day before yesterday.", "the day before yesterday", A, "DATE", "2019-01-01", None, "2019-01-01", "2019-01-01", "day"),
    # relative units
    ("Exports rose last year.", "last year", A, "DATE", "2018", None, "2018-01-01", "2018-12-31", "year"),
    ("Talks resume next month.", "next month", A, "DATE", "2019-02", None, "2019-02-01", "2019-02-28", "month"),
    ("Talks resumed this week.", "this week", A, "DATE", "2019-W01", None, "2018-12-31", "2019-01-06", "week"),
    ("Talks resumed last week.", "last week", A, "DATE", "2018-W52", None, "2018-12-24", "2018-12-30", "week"),
    ("Elections are due next year.", "next year", A, "DATE", "2020", None, "2020-01-01", "2020-12-31", "year"),
    ("Prices rose this month.", "this month", A, "DATE", "2019-01", None, "2019-01-01", "2019-01-31", "month"),
    ("Prices rose last month.", "last month", A, "DATE", "2018-12", None, "2018-12-01", "2018-12-31", "month"),
    ("He is scheduled to meet Kim again early this year.", "early this year", A, "DATE", "2019", "START", "2019-01-01", "2019-04-30", "part_of_year"),
    ("A vote is expected later this year.", "later this year", A, "DATE", "2019", "END", "2019-01-03", "2019-12-31", "part_of_year"),
    ("The plan was unveiled earlier this month.", "earlier this month", "2019-01-20", "DATE", "2019-01", "START", "2019-01-01", "2019-01-19", "part_of_month"),
    ("They meet next week.", "next week", A, "DATE", "2019-W02", None, "2019-01-07", "2019-01-13", "week"),
    ("It was the worst storm of last decade.", "last decade", A, "DATE", "200", None, "2000-01-01", "2009-12-31", "decade"),
    ("Sales fell in the past year.", "the past year", A, "DATE", "2018", None, "2018-01-01", "2018-12-31", "year"),
    ("Growth will slow at the end of this year.", "the end of this year", A, "DATE", "2019", "END", "2019-09-01", "2019-12-31", "part_of_year"),
    ("Sales rose this quarter.", "this quarter", A, "DATE", "2019-Q1", None, "2019-01-01", "2019-03-31", "quarter"),
    # anaphora: relative to the last date in the text
    ("He left in 2016 and returned the following year.", "the following year", A, "DATE", "2017", None, "2017-01-01", "2017-12-31", "year"),
    ("The attack came on March 3, 2018. Police had been warned the day before.", "the day before", A, "DATE", "2018-03-02", None, "2018-03-02", "2018-03-02", "day"),
    ("The attack came on March 3, 2018. He was arrested the next day.", "the next day", A, "DATE", "2018-03-04", None, "2018-03-04", "2018-03-04", "day"),
    ("He left in 2016. Prices fell that year.", "that year", A, "DATE", "2016", None, "2016-01-01", "2016-12-31", "year"),
    ("He won in 2016, after losing the previous year.", "the previous year", A, "DATE", "2015", None, "2015-01-01", "2015-12-31", "year"),
    ("It was founded in 1998 and listed in October the following year.", "October the following year", A, "DATE", "1999-10", None, "1999-10-01", "1999-10-31", "month"),
    ("It listed in 1998, after a failed attempt in May of the previous year.", "May of the previous year", A, "DATE", "1997-05", None, "1997-05-01", "1997-05-31", "month"),
    ("It was founded in 1998. The following year, it listed in October.", "October", A, "DATE", "1999-10", None, "1999-10-01", "1999-10-31", "month"),
    ("It was founded in 1998. Two years later, in October, it listed.", "October", A, "DATE", "2000-10", None, "2000-10-01", "2000-10-31", "month"),
    ("It was founded in 1998 and listed in October of the next year.", "October of the next year", A, "DATE", "1999-10", None, "1999-10-01", "1999-10-31", "month"),
    ("He left in 2016. Two years later he returned.", "Two years later", A, "DATE", "2018", None, "2018-01-01", "2018-12-31", "year"),
    ("It was founded on March 3, 2018. Three days later it closed.", "Three days later", A, "DATE", "2018-03-06", None, "2018-03-06", "2018-03-06", "day"),
    ("Profit rose in the third quarter. A year earlier it had fallen.", "A year earlier", Q, "DATE", "1988-Q3", None, "1988-07-01", "1988-09-30", "quarter"),
    # ago
    # (a few weeks back is that weekday, as TimeBank dates "two weeks ago"; more is a week)
    ("He left two weeks ago.", "two weeks ago", A, "DATE", "2018-12-20", None, "2018-12-20", "2018-12-20", "day"),
    ("Yesterday's vote was marred by violence.", "Yesterday", A, "DATE", "2019-01-02", None, "2019-01-02", "2019-01-02", "day"),
    ("Tomorrow's meeting is crucial, diplomats said.", "Tomorrow", A, "DATE", "2019-01-04", None, "2019-01-04", "2019-01-04", "day"),
    ("The trade fair runs 18-21 March in Hanover.", "18", A, "DATE", "2019-03-18", None, "2019-03-18", "2019-03-18", "day"),
    ("The trade fair runs from 18 to 21 March in Hanover.", "21 March", A, "DATE", "2019-03-21", None, "2019-03-21", "2019-03-21", "day"),
    ("The summit will be held March 3-5 next year.", "5", A, "DATE", "2020-03-05", None, "2020-03-05", "2020-03-05", "day"),
    ("The company has until Friday to respond.", "Friday", "2019-01-01", "DATE", "2019-01-04", None, "2019-01-04", "2019-01-04", "day"),
    ("The sale runs until Monday.", "Monday", A, "DATE", "2019-01-07", None, "2019-01-07", "2019-01-07", "day"),
    ("The notice was issued on 12/06/2020.", "12/06/2020", "2020-06-15", "DATE", "2020-06-12", None, "2020-06-12", "2020-06-12", "day"),
    ("The notice will be issued on 12/06/2020.", "12/06/2020", "2020-06-15", "DATE", "2020-12-06", None, "2020-12-06", "2020-12-06", "day"),
    ("The ceremony took place on the first of October.", "the first of October", A, "DATE", "2018-10-01", None, "2018-10-01", "2018-10-01", "day"),
    ("It opens on the twenty-third of May 2019.", "the twenty-third of May 2019", A, "DATE", "2019-05-23", None, "2019-05-23", "2019-05-23", "day"),
    ("The shooting happened during a Fourth of July parade.", "Fourth of July", "2018-07-08", "DATE", "2018-07-04", None, "2018-07-04", "2018-07-04", "day"),
    ("Veterans marched through Sydney on Anzac Day.", "Anzac Day", "2015-05-04", "DATE", "2015-04-25", None, "2015-04-25", "2015-04-25", "day"),
    ("Marches are planned for Martin Luther King Jr. Day.", "Martin Luther King Jr. Day", A, "DATE", "2019-01-21", None, "2019-01-21", "2019-01-21", "day"),
    ("The hearing is now set for the 28th.", "the 28th", "2023-09-20", "DATE", "2023-09-28", None, "2023-09-28", "2023-09-28", "day"),
    ("The hearing was adjourned to the 8th.", "the 8th", "2023-09-20", "DATE", "2023-10-08", None, "2023-10-08", "2023-10-08", "day"),
    ("Saturday's match against Leeds has been postponed.", "Saturday", "2021-11-26", "DATE", "2021-11-27", None, "2021-11-27", "2021-11-27", "day"),
    ("He left a fortnight ago.", "a fortnight ago", A, "DATE", "2018-12-20", None, "2018-12-20", "2018-12-20", "day"),
    ("He was suspended on March 2, 2015. He resigned a fortnight later.", "a fortnight later", A, "DATE", "2015-03-16", None, "2015-03-16", "2015-03-16", "day"),
    ("He left six weeks ago.", "six weeks ago", A, "DATE", "2018-W47", None, "2018-11-19", "2018-11-25", "week"),
    ("He left three years ago.", "three years ago", A, "DATE", "2016", None, "2016-01-01", "2016-12-31", "year"),
    ("He left two days ago.", "two days ago", A, "DATE", "2019-01-01", None, "2019-01-01", "2019-01-01", "day"),
    ("He left a year ago.", "a year ago", A, "DATE", "2018", None, "2018-01-01", "2018-12-31", "year"),
    ("He left five months ago.", "five months ago", A, "DATE", "2018-08", None, "2018-08-01", "2018-08-31", "month"),
    ("He left about two years ago.", "about two years ago", A, "DATE", "2017", "APPROX", "2017-01-01", "2017-12-31", "year"),
    # present, past, future references
    ("The plan is now in doubt.", "now", A, "DATE", "PRESENT_REF", None, "2019-01-03", "2019-01-03", "day"),
    ("He is currently in Seoul.", "currently", A, "DATE", "PRESENT_REF", None, "2019-01-03", "2019-01-03", "day"),
    ("He recently moved to Seoul.", "recently", A, "DATE", "PAST_REF", None, None, None, "unknown"),
    ("Nobody knows what the future holds.", "the future", A, "DATE", "FUTURE_REF", None, None, None, "unknown"),
    ("It plans a listing in the near future.", "the near future", A, "DATE", "FUTURE_REF", None, None, None, "unknown"),
    ("Prices may fall in the short term.", "the short term", A, "DATE", "FUTURE_REF", None, None, None, "unknown"),
    ("A deal will come soon, he said.", "soon", A, "DATE", "FUTURE_REF", None, None, None, "unknown"),
    # clock times
    ("The blast came at 9:30 a.m. local time.", "9:30 a.m. local time", A, "TIME", "2019-01-03T09:30", None, "2019-01-03", "2019-01-03", "day"),
    ("The polls close at 5 p.m.", "5 p.m.", A, "TIME", "2019-01-03T17:00", None, "2019-01-03", "2019-01-03", "day"),
    ("The rally starts at noon.", "noon", A, "TIME", "2019-01-03T12:00", None, "2019-01-03", "2019-01-03", "day"),
    ("The blast came at 10 p.m. yesterday.", "10 p.m. yesterday", A, "TIME", "2019-01-02T22:00", None, "2019-01-02", "2019-01-02", "day"),
    ("It ended around 7:15 p.m., police said.", "around 7:15 p.m.", A, "TIME", "2019-01-03T19:15", "APPROX", "2019-01-03", "2019-01-03", "day"),
    # durations: never a point in time
    ("He served three years in prison.", "three years", A, "DURATION", "P3Y", None, None, None, "unknown"),
    ("The war lasted a decade.", "a decade", A, "DURATION", "P10Y", None, None, None, "unknown"),
    ("He stayed for two weeks.", "two weeks", A, "DURATION", "P2W", None, None, None, "unknown"),
    ("The ban lasts six months.", "six months", A, "DURATION", "P6M", None, None, None, "unknown"),
    ("It approved a five-year plan.", "five-year", A, "DURATION", "P5Y", None, None, None, "unknown"),
    ("Prices doubled in the past two years.", "the past two years", A, "DURATION", "P2Y", None, None, None, "unknown"),
    ("The siege lasted more than four hours.", "more than four hours", A, "DURATION", "PT4H", "MORE_THAN", None, None, "unknown"),
    ("The talks lasted about five hours.", "five hours", A, "DURATION", "PT5H", "APPROX", None, None, "unknown"),
    ("He was held for nearly two years.", "nearly two years", A, "DURATION", "P2Y", "LESS_THAN", None, None, "unknown"),
    ("The ban lasts at least 30 days.", "at least 30 days", A, "DURATION", "P30D", "EQUAL_OR_MORE", None, None, "unknown"),
    ("The match lasted 90 minutes.", "90 minutes", A, "DURATION", "PT90M", None, None, None, "unknown"),
    ("He served 2 1/2 years.", "2 1/2 years", A, "DURATION", "P2Y6M", None, None, None, "unknown"),
    ("Profit rose in the first nine months.", "the first nine months", Q, "DURATION", "P9M", None, None, None, "unknown"),
    ("It took several years.", "several years", A, "DURATION", "PXY", None, None, None, "unknown"),
    ("He waited a few days.", "a few days", A, "DURATION", "PXD", None, None, None, "unknown"),
    ("The 16-hour flight landed.", "16-hour", A, "DURATION", "PT16H", None, None, None, "unknown"),
    # sets
    ("The council meets every Monday.", "every Monday", A, "SET", "XXXX-WXX-1", None, None, None, "unknown"),
    ("The report is published annually.", "annually", A, "SET", "P1Y", None, None, None, "unknown"),
    ("The fair is held every year.", "every year", A, "SET", "P1Y", None, None, None, "unknown"),
    ("Protesters rallied almost daily.", "daily", A, "SET", "P1D", None, None, None, "unknown"),
    ("The board meets twice a year.", "twice a year", A, "SET", "P1Y", None, None, None, "unknown"),
    ("Rent is due each month.", "each month", A, "SET", "P1M", None, None, None, "unknown"),
    ("The market is open on Sundays.", "Sundays", A, "SET", "XXXX-WXX-7", None, None, None, "unknown"),
    # ranges of days, times with their day, thirds of longer stretches
    ("The summit was held April 24 and 25.", "April 24", A, "DATE", "2018-04-24", None, "2018-04-24", "2018-04-24", "day"),
    ("The summit was held April 24 and 25.", "25", A, "DATE", "2018-04-25", None, "2018-04-25", "2018-04-25", "day"),
    ("Talks ran Jan. 3-4, 2019 in Hanoi.", "4, 2019", A, "DATE", "2019-01-04", None, "2019-01-04", "2019-01-04", "day"),
    ("The offer expires at 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", Q, "TIME", "1989-11-09T17:00", None, "1989-11-09", "1989-11-09", "day"),
    ("Talks broke off at noon Thursday.", "noon Thursday", A, "TIME", "2019-01-03T12:00", None, "2019-01-03", "2019-01-03", "day"),
    ("Prices will peak by the end of the decade.", "the end of the decade", A, "DATE", "201", "END", "2017-01-01", "2019-12-31", "decade"),
    ("It was built in the early 20th century.", "the early 20th century", A, "DATE", "19", "START", "1900-01-01", "1933-12-31", "century"),
    ("Demand fell late in the third quarter of 2018.", "late in the third quarter of 2018", A, "DATE", "2018-Q3", "END", "2018-09-01", "2018-09-30", "month"),
    ("The deal should close by year-end.", "year-end", A, "DATE", "2019-12-31", None, "2019-12-31", "2019-12-31", "day"),
    ("He blamed the current crisis.", "current", A, "DATE", "PRESENT_REF", None, "2019-01-03", "2019-01-03", "day"),
    ("Profit rose in the third quarter, from a loss in the year-earlier quarter.", "the year-earlier quarter", Q, "DATE", "1988-Q3", None, "1988-07-01", "1988-09-30", "quarter"),
    ("Net rose in the third quarter. Sales in the latest period rose.", "the latest period", Q, "DATE", "1989-Q3", None, "1989-07-01", "1989-09-30", "quarter"),
    ("FY2019 revenue rose.", "FY2019", A, "DATE", "2019", None, "2019-01-01", "2019-12-31", "year"),
    ("He left for the Gulf on the day after Christmas, Dec. 26, 2018.", "Dec. 26, 2018", A, "DATE", "2018-12-26", None, "2018-12-26", "2018-12-26", "day"),
    ("The memo is dated 2019/01/03.", "2019/01/03", A, "DATE", "2019-01-03", None, "2019-01-03", "2019-01-03", "day"),
    ("Polls closed on 3.1.2019 in Berlin.", "3.1.2019", A, "DATE", "2019-01-03", None, "2019-01-03", "2019-01-03", "day"),
    ("Polls close at 15:30 local time.", "15:30 local time", A, "TIME", "2019-01-03T15:30", None, "2019-01-03", "2019-01-03", "day"),
    ("Trading resumed at 15.30 GMT.", "15.30 GMT", A, "TIME", "2019-01-03T15:30", None, "2019-01-03", "2019-01-03", "day"),
    ("He was governor in 2010-2015.", "2010", A, "DATE", "2010", None, "2010-01-01", "2010-12-31", "year"),
    ("He was governor in 2010-2015.", "2015", A, "DATE", "2015", None, "2015-01-01", "2015-12-31", "year"),
    ("Shots rang out on the morning of Dec. 5 in the capital.", "the morning of Dec. 5", A, "TIME", "2018-12-05TMO", None, "2018-12-05", "2018-12-05", "day"),
    ("Flags flew at half-mast Wednesday through Friday.", "Friday", "2020-02-26", "DATE", "2020-02-28", None, "2020-02-28", "2020-02-28", "day"),
    ("On New Year’s Day, he spoke of the ’90s.", "New Year’s Day", A, "DATE", "2019-01-01", None, "2019-01-01", "2019-01-01", "day"),
    ("On New Year’s Day, he spoke of the ’90s.", "the ’90s", A, "DATE", "199", None, "1990-01-01", "1999-12-31", "decade"),
    ("The blast came at 2 p.m. (1800 GMT).", "1800 GMT", A, "TIME", "2019-01-03T18:00", None, "2019-01-03", "2019-01-03", "day"),
    ("Markets open at 10 a.m. ET.", "10 a.m. ET", A, "TIME", "2019-01-03T10:00", None, "2019-01-03", "2019-01-03", "day"),
    ("The polls are open from 8 to 10 p.m., officials said.", "8", A, "TIME", "2019-01-03T20:00", None, "2019-01-03", "2019-01-03", "day"),
    ("The polls are open from 8 to 10 p.m., officials said.", "10 p.m.", A, "TIME", "2019-01-03T22:00", None, "2019-01-03", "2019-01-03", "day"),
    ("Protesters planned a march on Saturday and were planning to drive there.", "Saturday", A, "DATE", "2019-01-05", None, "2019-01-05", "2019-01-05", "day"),
    ("Officials postponed until Tuesday any action on the request.", "Tuesday", A, "DATE", "2019-01-08", None, "2019-01-08", "2019-01-08", "day"),
    ("Fans gathered this past weekend.", "this past weekend", A, "DATE", "2018-W52-WE", None, "2018-12-29", "2018-12-30", "week"),
    ("The vote is this coming Sunday.", "this coming Sunday", A, "DATE", "2019-01-06", None, "2019-01-06", "2019-01-06", "day"),
    ("On Friday, Oct. 23, 1998, he was shot at 10 p.m. in his kitchen.", "10 p.m.", A, "TIME", "1998-10-23T22:00", None, "1998-10-23", "1998-10-23", "day"),
    # holidays
    ("Shops opened on Christmas Eve.", "Christmas Eve", A, "DATE", "2018-12-24", None, "2018-12-24", "2018-12-24", "day"),
    ("The pope will speak on Easter Sunday.", "Easter Sunday", A, "DATE", "2019-04-21", None, "2019-04-21", "2019-04-21", "day"),
    ("The accord was signed on Good Friday 1998.", "Good Friday 1998", A, "DATE", "1998-04-10", None, "1998-04-10", "1998-04-10", "day"),
    ("He fled over Christmas.", "Christmas", A, "DATE", "2018-12-25", None, "2018-12-25", "2018-12-25", "day"),
    ("Families will travel for Thanksgiving.", "Thanksgiving", "1998-11-20", "DATE", "1998-11-26", None, "1998-11-26", "1998-11-26", "day"),
    ("On New Year's Day, he gave a speech.", "New Year's Day", A, "DATE", "2019-01-01", None, "2019-01-01", "2019-01-01", "day"),
    # tense cues: "since" looks back, a deadline is not dated by the verb that sets it,
    # "effective"/"planned for"/"supposed to" look ahead, a past perfect plan has passed
    ("Police have hunted him since the May 2 attack.", "May 2", A, "DATE", "2018-05-02", None, "2018-05-02", "2018-05-02", "day"),
    ("The court gave the firm until mid-February to respond.", "mid-February", A, "DATE", "2019-02", "MID", "2019-02-11", "2019-02-20", "part_of_month"),
    ("The tax credit runs through January, the agency said.", "January", "1989-10-30", "DATE", "1990-01", None, "1990-01-01", "1990-01-31", "month"),
    ("Holders get the payout on an as yet undisclosed date in March.", "March", A, "DATE", "2019-03", None, "2019-03-01", "2019-03-31", "month"),
    ("The board named a new chief executive, effective Feb. 1.", "Feb. 1", A, "DATE", "2019-02-01", None, "2019-02-01", "2019-02-01", "day"),
    ("The vote was planned for early February.", "early February", A, "DATE", "2019-02", "START", "2019-02-01", "2019-02-10", "part_of_month"),
    ("The talks are supposed to end by May, the minister said.", "May", "1998-03-22", "DATE", "1998-05", None, "1998-05-01", "1998-05-31", "month"),
    ("In November, the company announced plans to expand in Asia.", "November", A, "DATE", "2018-11", None, "2018-11-01", "2018-11-30", "month"),
    ("The offer had been scheduled to expire Friday evening.", "Friday evening", "1989-10-30", "DATE", "1989-10-27TEV", None, "1989-10-27", "1989-10-27", "day"),
    ("Officials gave the family until 9 a.m. Tuesday to sign the papers.", "9 a.m. Tuesday", "2000-04-03", "TIME", "2000-04-04T09:00", None, "2000-04-04", "2000-04-04", "day"),
    ("Until Thursday, investigators had no suspect in the case.", "Thursday", "1999-05-07", "DATE", "1999-05-06", None, "1999-05-06", "1999-05-06", "day"),
    ("Shares closed on Friday, Oct. 27, down 4% from the previous Friday.", "the previous Friday", "1989-10-30", "DATE", "1989-10-20", None, "1989-10-20", "1989-10-20", "day"),
    # a clock time takes the day named right after its conversion in brackets
    ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.", "10:35 a.m.", "1998-08-08", "TIME", "1998-08-07T10:35", "APPROX", "1998-08-07", "1998-08-07", "day"),
    ("He will fly out at 4 in the morning (4 a.m. EDT Thursday), his lawyer said.", "4 in the morning", "2000-04-05", "TIME", "2000-04-06T04:00", None, "2000-04-06", "2000-04-06", "day"),
    # year-ago comparisons: with the quarter reported, not with an outlook for one ahead
    ("Profit fell in the third quarter. Weakness may last into the fourth quarter. In the year-ago period, it earned $101 million.", "the year-ago period", "1989-10-26", "DATE", "1988-Q3", None, "1988-07-01", "1988-09-30", "quarter"),
    ("It posted a third-quarter loss of $226 million. For the quarter a year ago, it earned $16 million.", "the quarter a year ago", "1989-10-26", "DATE", "1988-Q3", None, "1988-07-01", "1988-09-30", "quarter"),
    ("Demand will stay weak through the first two quarters of 1990, he said.", "the first two quarters of 1990", "1989-10-26", "DATE", "1990-H1", None, "1990-01-01", "1990-06-30", "part_of_year"),
    # said in March, "last February" is not the month just ended
    ("Two army helicopters crashed last February, killing 73 soldiers.", "last February", "1998-03-01", "DATE", "1997-02", None, "1997-02-01", "1997-02-28", "month"),
    # a deadline "by the end of the year" is this year's, whatever year was named before
    ("The cuts will run into 1990. He vowed to save $500 million by the end of the year.", "the end of the year", "1989-10-30", "DATE", "1989", "END", "1989-09-01", "1989-12-31", "part_of_year"),
    ("In London at mid-afternoon yesterday, the shares were up 2 pence.", "mid-afternoon yesterday", "1989-11-02", "TIME", "1989-11-01TAF", "MID", "1989-11-01", "1989-11-01", "day"),
    # "in five years" looking ahead is a point in time; without a future verb it stays a length
    ("Under the plan the preferred stock would be redeemed in five years.", "five years", "1989-11-02", "DATE", "1994", None, "1994-01-01", "1994-12-31", "year"),
    ("It was her second letter to the minister in two weeks.", "two weeks", "1989-11-02", "DURATION", "P2W", None, None, None, "unknown"),
    # "today's" is this day's before a dated noun, the present age otherwise
    ("The offer was advertised in today's editions of the newspaper.", "today", "1989-11-02", "DATE", "1989-11-02", None, "1989-11-02", "1989-11-02", "day"),
    # "a year earlier" compares with the quarter reported, not with the day the report came out
    ("The company posted higher third-quarter profit. It said yesterday that profit in its defense unit soared to $155 million from $99 million a year earlier.", "a year earlier", "1989-10-26", "DATE", "1988-Q3", None, "1988-07-01", "1988-09-30", "quarter"),
    # a list of days latest first is not a range running into next week
    ("Here are the statements the lawyer made Friday and Thursday.", "Thursday", "1998-02-06", "DATE", "1998-02-05", None, "1998-02-05", "1998-02-05", "day"),
    ("Net sales for this year's third quarter were $14 million.", "this year's third quarter", "1989-11-01", "DATE", "1989-Q3", None, "1989-07-01", "1989-09-30", "quarter"),
    ("The merger could take effect as early as next year's first quarter.", "next year's first quarter", "1989-10-31", "DATE", "1990-Q1", None, "1990-01-01", "1990-03-31", "quarter"),
    # "the year ended March 31": a year's length that the date closes (TimeML P1Y)
    ("It earned 50 million pounds in the year ended March 31.", "the year", "1989-10-31", "DURATION", "P1Y", None, None, None, "unknown"),
    ("In the fiscal year ended Jan. 31, the chain earned $3 million.", "the fiscal year", "1989-10-31", "DURATION", "P1Y", None, None, None, "unknown"),
    ("It expects net income in the year ending June 30, 1990, to fall.", "the year", "1989-11-02", "DURATION", "P1Y", None, None, None, "unknown"),
    # "For the year, ..." opening a sentence is the reporting period, not a length
    ("Costs rose. For the year, pet food volume was flat.", "the year", "1989-11-02", "DATE", "1989", None, "1989-01-01", "1989-12-31", "year"),
    # ... but a limit nobody set is as past as its verb, and what became effective is done
    ("He stayed in the city until May.", "May", "1998-03-22", "DATE", "1997-05", None, "1997-05-01", "1997-05-31", "month"),
    ("The law became effective in January.", "January", "2019-03-10", "DATE", "2019-01", None, "2019-01-01", "2019-01-31", "month"),
    ("It would be the second highest winterkill in ten years, the analyst said.", "ten years", "1987-03-03", "DURATION", "P10Y", None, None, None, "unknown"),
    ("The new products will be available in 90 days.", "90 days", "1987-03-02", "DATE", "1987-05-31", None, "1987-05-31", "1987-05-31", "day"),
    # a year named after the quarter is what "a year earlier" steps back from
    ("Fourth quarter output rose. Productivity rose 2.2 pct in 1986 after a 3.3 pct rise a year earlier.", "a year earlier", "1987-03-02", "DATE", "1985", None, "1985-01-01", "1985-12-31", "year"),
    # "Easter week": the week of the holiday, begun even if Easter itself is still ahead
    ("Protesters prayed as Easter week began, waving palm fronds.", "Easter week", "2000-04-17", "DATE", "2000-W16", None, "2000-04-17", "2000-04-23", "week"),
    # "last quarter" is the one before the anchor's; "the last quarter of 1988" is a fourth quarter
    ("Sales fell 5% last quarter, the retailer said.", "last quarter", Q, "DATE", "1989-Q3", None, "1989-07-01", "1989-09-30", "quarter"),
    ("Sales fell in the last quarter of 1988.", "the last quarter of 1988", Q, "DATE", "1988-Q4", None, "1988-10-01", "1988-12-31", "quarter"),
    # "scheduled for March" is the month; a plan in the past perfect has passed
    ("The vote is scheduled for May, officials said.", "May", "1989-10-30", "DATE", "1990-05", None, "1990-05-01", "1990-05-31", "month"),
    ("The vote had been scheduled for March, officials said.", "March", "1989-10-30", "DATE", "1989-03", None, "1989-03-01", "1989-03-31", "month"),
    # a past-tense story set in an earlier year: a bare day or month takes the
    # year the text last wrote out (its reference time), not the anchor's
    ("Smith was forced out in 2017. He fought the decision for months before his official resignation on November 21.", "November 21", "2019-09-09", "DATE", "2017-11-21", None, "2017-11-21", "2017-11-21", "day"),
    ("The mayor was voted out in 2016.\n\nIn June, he sued the city council.", "June", "2019-09-09", "DATE", "2016-06", None, "2016-06-01", "2016-06-30", "month"),
    # ... but not a founding or birth year (background), nor a day weeks before
    # the anchor or a day someone said something on (the news's own)
    ("The company was founded in 2009. Its shares fell in June.", "June", "2019-11-06", "DATE", "2019-06", None, "2019-06-01", "2019-06-30", "month"),
    ("The company went bankrupt in 2009. Its shares fell on Oct. 28 after the report.", "Oct. 28", "2019-11-06", "DATE", "2019-10-28", None, "2019-10-28", "2019-10-28", "day"),
    ("The company went bankrupt in 2009. It said on May 3 that sales fell.", "May 3", "2019-11-06", "DATE", "2019-05-03", None, "2019-05-03", "2019-05-03", "day"),
    # ... but not a year that only starts a stretch, nor one several paragraphs up
    ("Sales have risen since 2015. The company said on March 3 that profits fell.", "March 3", "2019-09-09", "DATE", "2019-03-03", None, "2019-03-03", "2019-03-03", "day"),
    ("He was arrested in September 2017. His trial began in January.", "January", "2020-06-15", "DATE", "2020-01", None, "2020-01-01", "2020-01-31", "month"),
    ("The board met on Nov. 10 to discuss the merger.", "Nov. 10", A, "DATE", "2018-11-10", None, "2018-11-10", "2018-11-10", "day"),
    # future cues: "is to be", "is due to", "faces", "will be" look ahead
    ("He is to be sentenced in June.", "June", "2019-09-09", "DATE", "2020-06", None, "2020-06-01", "2020-06-30", "month"),
    ("The former minister faces a retrial in June.", "June", "2019-09-09", "DATE", "2020-06", None, "2020-06-01", "2020-06-30", "month"),
    ("Smith will be sentenced on July 5.", "July 5", "2019-09-09", "DATE", "2020-07-05", None, "2020-07-05", "2020-07-05", "day"),
    ("She is due to appear in court in June.", "June", "2019-09-09", "DATE", "2020-06", None, "2020-06-01", "2020-06-30", "month"),
    # "that day" / "the same day": the last day the text named
    ("He was arrested on March 3 and released two days later. On that day he spoke to reporters.", "that day", "2019-09-09", "DATE", "2019-03-05", None, "2019-03-05", "2019-03-05", "day"),
    ("The vote took place on March 3, a week after the protests of February. That day, results showed a win.", "That day", "2019-09-09", "DATE", "2019-03-03", None, "2019-03-03", "2019-03-03", "day"),
    ("The attack came on March 3. The group was founded in 2015. That same day, police arrested two men.", "That same day", "2019-09-09", "DATE", "2019-03-03", None, "2019-03-03", "2019-03-03", "day"),
    # common news forms
    ("Police said the man was shot late on Friday.", "late on Friday", "2019-11-04", "DATE", "2019-11-01", "END", "2019-11-01", "2019-11-01", "day"),
    ("The blast happened in the early hours of Sunday.", "the early hours of Sunday", "2019-11-04", "TIME", "2019-11-03TNI", None, "2019-11-03", "2019-11-03", "day"),
    ("The plant closed a decade ago.", "a decade ago", "2019-11-04", "DATE", "2009", None, "2009-01-01", "2009-12-31", "year"),
    ("Sales rose in the first half, the company said.", "the first half", "2019-11-04", "DATE", "2019-H1", None, "2019-01-01", "2019-06-30", "part_of_year"),
    ("Sales rose 5% in the second half.", "the second half", "2019-02-04", "DATE", "2018-H2", None, "2018-07-01", "2018-12-31", "part_of_year"),
    ("In 2017, sales rose in the first half.", "the first half", "2019-11-04", "DATE", "2017-H1", None, "2017-01-01", "2017-06-30", "part_of_year"),
    ("The payment is due on the 15th.", "the 15th", "2019-11-05", "DATE", "2019-11-15", None, "2019-11-15", "2019-11-15", "day"),
    ("The talks began on March 3 and ended on the 9th.", "the 9th", "2019-11-05", "DATE", "2019-03-09", None, "2019-03-09", "2019-03-09", "day"),
    ("Nov 4 (Reuters) - Oil prices rose on Monday.", "Nov 4", "2019-11-05", "DATE", "2019-11-04", None, "2019-11-04", "2019-11-04", "day"),
    ("The summit opened on Monday, 4 November 2019.", "Monday, 4 November 2019", "2019-11-05", "DATE", "2019-11-04", None, "2019-11-04", "2019-11-04", "day"),
    ("Revenue in FY2024 rose.", "FY2024", "2019-11-05", "DATE", "2024", None, "2024-01-01", "2024-12-31", "year"),
    ("Sales in H1 2024 grew.", "H1 2024", "2019-11-05", "DATE", "2024-H1", None, "2024-01-01", "2024-06-30", "part_of_year"),
    # a bare month right after another, with no tense cue: the one nearest it
    ("The stock hit a high of $42 in June from $29.75 in March.", "March", "1989-10-30", "DATE", "1989-03", None, "1989-03-01", "1989-03-31", "month"),
    # a present arrangement ("is on", "is set for") puts a weekday ahead
    ("The vote is on Thursday, officials said.", "Thursday", "2019-11-06", "DATE", "2019-11-07", None, "2019-11-07", "2019-11-07", "day"),
    # a year a year back, named sentences earlier, does not pull a bare month out of the last twelve months
    ("He was jailed in 2015 and released in 2018. In March, he was arrested again.", "March", "2019-11-06", "DATE", "2019-03", None, "2019-03-01", "2019-03-31", "month"),
    # a year used as a modifier ("2012 presidential candidate") sets no story
    ("The 2012 presidential candidate, Herman Cain, died. He had attended a rally in June.", "June", "2020-08-31", "DATE", "2020-06", None, "2020-06-01", "2020-06-30", "month"),
    ("Outbreaks were declared in the Philippines in 2019, first on February 6.", "February 6", "2020-01-01", "DATE", "2019-02-06", None, "2019-02-06", "2019-02-06", "day"),
    # "that same day" after "within two years before": the day named, not the span
    ("On July 31, outlets reported him dead; he died within two years before. The press asked Trump about it that same day.", "that same day", "2019-09-17", "DATE", "2019-07-31", None, "2019-07-31", "2019-07-31", "day"),
    # "the second half", past tense, once it has begun: this year's
    ("Sales rose 5% in the second half.", "the second half", "2020-09-01", "DATE", "2020-H2", None, "2020-07-01", "2020-12-31", "part_of_year"),
    # the story year also holds when the verb is far from the date
    ("The army moved in on November 15, 2017. The president was able to negotiate immunity, a pension and a large state-funded villa with staff, in exchange for his resignation on November 21.", "November 21", "2019-09-09", "DATE", "2017-11-21", None, "2017-11-21", "2017-11-21", "day"),
    # "due to" a noun is a cause, not a plan; "Easter Island" is a place
    ("Riots had broken out due to the police shooting of a man in August.", "August", "2020-10-29", "DATE", "2020-08", None, "2020-08-01", "2020-08-31", "month"),
    ("He is due to retire in June.", "June", "2020-10-29", "DATE", "2021-06", None, "2021-06-01", "2021-06-30", "month"),
    # "on March 20 last year": the year said after the day
    ("Pompeo joined the meeting on March 20 last year.", "March 20", "2020-01-10", "DATE", "2019-03-20", None, "2019-03-20", "2019-03-20", "day"),
    # a holiday still to come: "ahead of Election Day", "as Christmas approaches"
    ("He made his final plea to voters ahead of Election Day.", "Election Day", "2020-10-19", "DATE", "2020-11-03", None, "2020-11-03", "2020-11-03", "day"),
    ("Election Day is quickly approaching, and early voting was strong.", "Election Day", "2020-10-19", "DATE", "2020-11-03", None, "2020-11-03", "2020-11-03", "day"),
    # "the previous month" after a bare year counts from the anchor, not from 1 January
    ("Trump won in 2016. Building on a deal brokered the previous month, the administration announced an accord.", "the previous month", "2020-10-29", "DATE", "2020-09", None, "2020-09-01", "2020-09-30", "month"),
    # bail "till October" is a limit, not a past October
    ("They arrested a man and released him on bail till October.", "October", "2019-09-18", "DATE", "2019-10", None, "2019-10-01", "2019-10-31", "month"),
    # weekday tense: "the next morning" and "the next highest" are no future
    # cue; "told the press on Tuesday" is the saying's own day
    ("Trump said he had asked for Bolton's resignation Monday night, and that Bolton tendered it the next morning.", "Monday night", "2019-09-12", "DATE", "2019-09-09TNI", None, "2019-09-09", "2019-09-09", "day"),
    ('"Policy will change in a material way", Pompeo told the press on Tuesday.', "Tuesday", "2019-09-12", "DATE", "2019-09-10", None, "2019-09-10", "2019-09-10", "day"),
    ("Britain was the next highest country, reporting 37,542 deaths as of Wednesday.", "Wednesday", "2020-05-29", "DATE", "2020-05-27", None, "2020-05-27", "2020-05-27", "day"),
    ("An official said the plant will close on Tuesday.", "Tuesday", "2019-09-12", "DATE", "2019-09-17", None, "2019-09-17", "2019-09-17", "day"),
    # "later in the day": the day just named, else the anchor's (TimeML tags "the day")
    ("On Tuesday, the army attacked. Later in the day, rebels fled.", "the day", "1998-02-13", "DATE", "1998-02-10", None, "1998-02-10", "1998-02-10", "day"),
    ("The president arrived in Philadelphia later in the day.", "the day", "1998-02-13", "DATE", "1998-02-13", None, "1998-02-13", "1998-02-13", "day"),
    # "the same period last year" after "last year" is still last year
    ("Prices fell this time last year. Sales rose 5% from the same period last year.", "the same period last year", "2019-11-06", "DATE", "2018", None, "2018-01-01", "2018-12-31", "year"),
    # statistics compared with an earlier year are today's news, not a story set then
    ("The surplus reached a record 15.6 billion dlrs last year, up from 10.62 billion in 1985. In January, Taiwan cut import tariffs.", "January", "1987-03-11", "DATE", "1987-01", None, "1987-01-01", "1987-01-31", "month"),
    ("The index, base 1980, rose to 134.1 from 129.8 in November.", "November", "1987-03-11", "DATE", "1986-11", None, "1986-11-01", "1986-11-30", "month"),
    ("The dollar peaked on February 25, 1985. On September 20, the Friday before the accord, it fell.", "September 20", "1987-03-05", "DATE", "1985-09-20", None, "1985-09-20", "1985-09-20", "day"),
    # a clock time "on Friday" is on that Friday, through a bracketed conversion too
    ("He left at 9 a.m. on Monday.", "9 a.m.", "2019-11-06", "TIME", "2019-11-04T09:00", None, "2019-11-04", "2019-11-04", "day"),
    ("The blast hit at 3 p.m. local time (1200 GMT) on Friday.", "1200 GMT", "2019-11-06", "TIME", "2019-11-01T12:00", None, "2019-11-01", "2019-11-01", "day"),
    # "the week before last": two weeks before the anchor's
    ("It happened the week before last.", "the week before last", "2019-11-04", "DATE", "2019-W43", None, "2019-10-21", "2019-10-27", "week"),
    ("Sales fell the month before last.", "the month before last", "2019-11-04", "DATE", "2019-09", None, "2019-09-01", "2019-09-30", "month"),
    # "expected to hit on Wednesday": "hit" after "to" is a base form, no past
    ("The storm is expected to hit on Wednesday.", "Wednesday", "2019-11-04", "DATE", "2019-11-06", None, "2019-11-06", "2019-11-06", "day"),
    ("He hit the ball on Wednesday.", "Wednesday", "2019-11-04", "DATE", "2019-10-30", None, "2019-10-30", "2019-10-30", "day"),
    ("The vote is Thursday.", "Thursday", "2019-11-04", "DATE", "2019-11-07", None, "2019-11-07", "2019-11-07", "day"),
    # "X in November," she argued: the arguing is past, not November
    ('"We are the real choice for voters in November," Jorgensen argued.', "November", "2020-10-29", "DATE", "2020-11", None, "2020-11-01", "2020-11-30", "month"),
    # "a year ago today": that very day a year back, one expression
    ("The attack came a year ago today.", "a year ago today", "2019-11-06", "DATE", "2018-11-06", None, "2018-11-06", "2018-11-06", "day"),
    # "a bid for October elections": the elections asked for are ahead
    ("Monday's bid for October elections failed to win support.", "October", "2019-09-11", "DATE", "2019-10", None, "2019-10-01", "2019-10-31", "month"),
    # "later that month" after "the beginning of August 2019" is that August
    ("Bayes was nominated in March 2019. The next month, a new ticket came. Gammon withdrew around the beginning of August 2019. Later that month, the party settled.", "Later that month", "2020-07-25", "DATE", "2019-08", "END", "2019-08-21", "2019-08-31", "part_of_month"),
    # a date in a sentence someone says today is dated from today, not the story year
    ("He fled in June 1998 and returned later that year. The mother was taken along to make the late-November trip, Castro said.", "the late-November", "2000-01-28", "DATE", "1999-11", "END", "1999-11-21", "1999-11-30", "part_of_month"),
    # a past verb with a bare day and month: the latest such day on or before
    # the anchor, however long ago (the coming 23 January is nearer)
    ("The quarantine of the port city started on 23 January and lasted weeks.", "23 January", "2020-11-02", "DATE", "2020-01-23", None, "2020-01-23", "2020-01-23", "day"),
    ("The troops withdrew on Jan. 20, officials said.", "Jan. 20", "2018-11-20", "DATE", "2018-01-20", None, "2018-01-20", "2018-01-20", "day"),
    ("The dock strike began on December 20 and is still going.", "December 20", "2020-11-02", "DATE", "2019-12-20", None, "2019-12-20", "2019-12-20", "day"),
    # ... but a date set in a past sentence may lie just ahead ("extended to")
    ("The company extended its offer to Nov. 16.", "Nov. 16", "1989-10-30", "DATE", "1989-11-16", None, "1989-11-16", "1989-11-16", "day"),
    # an election asked or planned for lies ahead of the past-tense asking
    ("Parliament rejected a motion for a March 4 vote last week.", "March 4", "2021-01-20", "DATE", "2021-03-04", None, "2021-03-04", "2021-03-04", "day"),
    ("The opposition called for polls in June but was ignored.", "June", "2022-04-08", "DATE", "2022-06", None, "2022-06-01", "2022-06-30", "month"),
    ("Tuesday's push for September's referendum collapsed.", "September", "2022-04-08", "DATE", "2022-09", None, "2022-09-01", "2022-09-30", "month"),
    # a 24-hour clock before a time zone or "local time"
    ("The blast occurred at 0930 local time near the port.", "0930 local time", "2019-09-09", "TIME", "2019-09-09T09:30", None, "2019-09-09", "2019-09-09", "day"),
    # a verb in the simple present that tells a timetable looks ahead (2021-06-10 is a Thursday)
    ("Voters in Peru go to the polls on Sunday in a runoff.", "Sunday", "2021-06-10", "DATE", "2021-06-13", None, "2021-06-13", "2021-06-13", "day"),
    ("The summit opens in Geneva on Monday.", "Monday", "2021-06-10", "DATE", "2021-06-14", None, "2021-06-14", "2021-06-14", "day"),
    ("The votes on Sunday were counted.", "Sunday", "2021-06-10", "DATE", "2021-06-06", None, "2021-06-06", "2021-06-06", "day"),
]


def _find(context, phrase, anchor, **kw):
    timexes = find_dates(context, anchor, **kw)
    for t in timexes:
        if t.text == phrase:
            return t, timexes
    return None, timexes


@pytest.mark.parametrize(
    "context,phrase,anchor,type_,value,mod,start,end,precision",
    CASES,
    ids=[f"{i:03d}-{c[1]}" for i, c in enumerate(CASES)],
)
def test_normalisation(context, phrase, anchor, type_, value, mod, start, end, precision):
    t, found = _find(context, phrase, anchor)
    assert t is not None, f"{phrase!r} not found; got {[x.text for x in found]}"
    assert context[t.start:t.end] == t.text
    got = (t.type, t.value, t.mod, t.date_start, t.date_end, t.precision)
    assert got == (type_, value, mod, start, end, precision), t.rule
    assert t.anchor == anchor
    assert t.rule
    if t.date_start:
        assert t.display_date


def test_enough_cases():
    assert len(CASES) >= 150


FALSE_FRIENDS = [
    "He won for the 28th time.",
    "The minister told the Sunday Times that he would resign.",
    "He told the Mail on Sunday that he would quit.",
    "The Good Friday Agreement ended decades of violence.",
    "The sketch was first aired on Saturday Night Live.",
    "Critics called for May to resign over the deal.",
    "The quarter-to-quarter comparison was helped by lower costs.",
    "Thanks for listening. This is VOA Today.",
    "If I were choosing the people of tomorrow, I would pick them.",
    "Those chips power many of today's personal computers.",
    "Gonzalez said on CBS's ''60 Minutes'' that he was hopeful.",
    'Baker, speaking on ABC\'s "This Week," said the request was reasonable.',
    "Prices may rise further, he said.",
    "May I ask a question?",
    "March with us, the organisers said.",
    "Thousands march on the capital each spring break.",
    "They beat Lyon 3-1 and drew 2-2.",
    "The index rose 2015% in a decade of inflation."[:30],
    "Inflation hit 12.5 percent.",
    "A 45-year-old man was arrested.",
    "He is 45 years old.",
    "She finished second and ranked third in the world.",
    "He was elected for a second time.",
    "The company employs 2000 people and 1,500 contractors.",
    "The ship carried 1998 tonnes of grain.",
    "It paid $2019 for the car.",
    "The fall of the Berlin Wall changed Europe.",
    "The Sun reported that Sat Nav sales rose.",
    "Police said 1990 votes were cast.",
    "It was the fourth largest bank.",
    "He stood in line for a second.",
    "The jet was Flight 1986 to Paris.",
    "UN Resolution 1973 was passed.",
    "He lives at 1600 Pennsylvania Avenue.",
    "Eastern Europe and the Middle Eastern states.",
    "Warren, formerly a professor, spoke.",
    "He was described by the Daily Hive as a star.",
    "She loved Back to the Future as a child.",
    "James scored 12 points in the third quarter of the game.",
    # a count word before the number, or a plural noun after a proper adjective
    "The chain runs roughly 2000 Thai stores.",
    "Some 1990 heavily armed men were deployed.",
    "It opened 2000 stores.",
    "He scored twice in the second half.",
    "He lives on the 5th floor.",
    "Maroochydore played much of the first half in their attacking half.",
    "Tesco sold its roughly 2000 Thai and 74 Malaysian stores.",
    "Scientists studied the statues of Easter Island.",
    "Tickets for 2000 people were sold.",
    # a rocket named after a march, not the month
    "A Long March 5 rocket lifted off from the Wenchang launch site.",
]


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_false_friends_are_not_dates(text):
    found = [t for t in find_dates(text, A) if t.type in ("DATE", "TIME")]
    assert found == [], [(t.text, t.value) for t in found]


def test_rates_are_not_points_in_time():
    found = find_dates("The field pumps 900,000 barrels a day.", A)
    assert all(t.type not in ("DATE", "TIME") for t in found)


def test_durations_have_no_interval():
    for t in find_dates("He served three years, then a decade more.", A):
        assert t.type == "DURATION"
        assert t.date_start is None and t.date_end is None


def test_weekday_contradicting_its_date_is_flagged():
    text = "The flag waves in Rome, Thursday, Jan. 3, 2018. He went into hiding."
    found = find_dates(text, A)
    t = next(t for t in found if "Jan. 3, 2018" in t.text)
    assert t.text == "Thursday, Jan. 3, 2018"
    assert t.value == "2018-01-03"
    assert t.warning and "Wednesday" in t.warning
    assert "WARNING" in format_table(found)


def test_consistent_weekday_has_no_warning():
    found = find_dates("Thursday, Jan. 3, 2019: the day.", A)
    assert all(t.warning is None for t in found)
    assert {t.value for t in found} == {"2019-01-03"}


def test_dayfirst_option():
    (t,) = find_dates("signed 01/03/2019 in Rome", A, dayfirst=True)
    assert t.value == "2019-03-01"
    (t,) = find_dates("signed 01/03/2019 in Rome", A)
    assert t.value == "2019-01-03"


def test_no_anchor_leaves_relative_expressions_open():
    found = {t.text: t for t in find_dates(
        "He left last year, in November, and said Thursday that 2016 was bad.", None)}
    assert found["last year"].date_start is None
    assert found["last year"].precision == "unknown"
    assert "X" in found["last year"].value
    assert found["November"].value == "XXXX-11"
    assert found["November"].date_start is None
    assert found["Thursday"].value == "XXXX-WXX-4"
    # explicit dates need no anchor
    assert (found["2016"].date_start, found["2016"].date_end) == ("2016-01-01", "2016-12-31")
    assert found["2016"].anchor is None


def test_year_is_never_filled_from_the_anchor():
    (t,) = find_dates("It happened in 2016.", A)
    assert (t.date_start, t.date_end, t.precision) == ("2016-01-01", "2016-12-31", "year")


def test_anchor_forms_and_bad_anchor():
    assert parse_anchor("2019-01-03") == dt.date(2019, 1, 3)
    assert parse_anchor(dt.date(2019, 1, 3)) == dt.date(2019, 1, 3)
    assert parse_anchor(dt.datetime(2019, 1, 3, 10, 0)) == dt.date(2019, 1, 3)
    assert parse_anchor("2019-01-03T10:00:00") == dt.date(2019, 1, 3)
    for bad in ("yesterday", "2019-13-01", "03/01/2019", "", 20190103):
        with pytest.raises(BadDate):
            parse_anchor(bad)
    with pytest.raises(BadDate):
        find_dates("in 2016", "not a date")


@pytest.mark.parametrize("start,end,precision,mod,label", [
    ("2018-11-01", "2018-11-10", "part_of_month", "START", "early Nov 2018"),
    ("2018-11-21", "2018-11-30", "part_of_month", "END", "late Nov 2018"),
    ("2018-11-11", "2018-11-20", "part_of_month", "MID", "mid Nov 2018"),
    ("2017-10-01", "2017-10-31", "month", None, "Oct 2017"),
    ("2019-01-03", "2019-01-03", "day", None, "3 Jan 2019"),
    ("2016-01-01", "2016-12-31", "year", None, "2016"),
    ("1990-01-01", "1999-12-31", "decade", None, "1990s"),
    ("2019-07-01", "2019-09-30", "quarter", None, "Q3 2019"),
    ("2019-03-01", "2019-05-31", "season", None, "spring 2019"),
    ("2019-01-01", "2019-04-30", "part_of_year", "START", "early 2019"),
    ("2019-01-01", "2019-06-30", "part_of_year", None, "H1 2019"),
    ("1900-01-01", "1999-12-31", "century", None, "20th century"),
    ("2018-12-31", "2019-01-06", "week", None, "week of 31 Dec 2018"),
    (dt.date(2019, 1, 3), dt.date(2019, 1, 3), "day", "APPROX", "about 3 Jan 2019"),
])
def test_display_date(start, end, precision, mod, label):
    assert display_date(start, end, precision, mod) == label


def test_display_date_is_filled():
    (t,) = find_dates("He escaped in early November.", A)
    assert t.display_date == "early Nov 2018"


def test_json_shape():
    found = find_dates("He left in early November.", A)
    data = json.loads(json.dumps([t.to_dict() for t in found]))
    for key in ("start", "end", "text", "type", "value", "mod", "date_start", "date_end",
                "precision", "rule", "anchor", "display_date", "warning"):
        assert key in data[0]


def test_offsets_are_python_str_offsets():
    text = "Nörth Korea’s envoy — who fled in early November — is safe."
    (t,) = find_dates(text, A)
    assert text[t.start:t.end] == "early November"


def test_empty_and_dateless_text():
    assert find_dates("", A) == []
    assert find_dates("No dates here at all.", A) == []


def test_long_text_is_consistent_with_short():
    para = "He left in early November. Talks resume next month. "
    single = [(t.text, t.value) for t in find_dates(para, A)]
    many = [(t.text, t.value) for t in find_dates(para * 300, A)]
    assert many == single * 300


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is absent (the seed lives outside the repo)")
def test_seed_article():
    import yaml

    text = SEED.read_text(encoding="utf-8")
    expected = yaml.safe_load(SEED_EXPECTED.read_text(encoding="utf-8"))
    found = find_dates(text, expected["published"])
    by_text = {}
    for t in found:
        by_text.setdefault(t.text, t)
    # every event date in the expected file is found with its interval
    wanted = {
        "October 2017": ("2017-10-01", "2017-10-31", "month"),
        "late November last year": ("2018-11-21", "2018-11-30", "part_of_month"),
        "early November": ("2018-11-01", "2018-11-10", "part_of_month"),
        "November": ("2018-11-01", "2018-11-30", "month"),
        "2016": ("2016-01-01", "2016-12-31", "year"),
        "2018": ("2018-01-01", "2018-12-31", "year"),
        "early this year": ("2019-01-01", "2019-04-30", "part_of_year"),
        "Thursday": ("2019-01-03", "2019-01-03", "day"),
    }
    for phrase, iv in wanted.items():
        t = by_text.get(phrase)
        assert t is not None, phrase
        assert (t.date_start, t.date_end, t.precision) == iv, phrase
    for event in expected["events"]:
        d = event["date"]
        assert any(t.date_start == str(d["start"]) and t.date_end == str(d["end"])
                   for t in found), event["evidence"]
    caption = by_text["Thursday, Jan. 3, 2018"]
    assert caption.warning
    # nothing but the contradictory caption is dated 2018-01-03
    assert [t.text for t in found if t.date_start == "2018-01-03"] == ["Thursday, Jan. 3, 2018"]


def test_counts_that_look_like_distances_do_not_crash():
    text = "Slaughter was 290,000 head versus 305,000 week ago and 328,000 a year ago."
    found = find_dates(text, "1987-03-12")
    assert [t.text for t in found if t.type == "DATE"] == ["a year ago"]


def test_lexicon_integrity():
    """Every word in timeline/data/temporal.yml is one the patterns can match."""
    import re

    from timeline import dates

    lex = dates.load_lexicon()
    for word in lex["months"]:
        assert re.fullmatch(dates._MON, word), word
    for word in lex["weekdays"]:
        assert re.fullmatch(dates._WD, word), word
    for word in lex["units"]:
        assert re.fullmatch(dates._UNIT, word) or re.fullmatch(dates._UNIT, word + "s"), word
    for word in list(lex["holidays"]) + list(lex["floating_holidays"]) + list(lex["easter_offsets"]):
        found = find_dates(f"It happened on {word.title()} 2001.", A)
        assert found and found[0].value and found[0].value.startswith("2001-"), word
    for word in lex["seasons"]:
        assert find_dates(f"It happened in the {word} of 2001.", A)[0].value.startswith("2001-"), word
    for word, n in lex["numbers"].items():
        assert dates._num(word) == n, word


def test_malformed_lexicon_is_refused(tmp_path):
    from timeline import dates

    bad = tmp_path / "temporal.yml"
    bad.write_text("months: {january: 1}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing"):
        dates.load_lexicon(bad)
    text = (dates._LEXICON_PATH.read_text(encoding="utf-8")
            .replace("december: 12", "december: 13").replace("dec: 12", "dec: 13"))
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="1..12"):
        dates.load_lexicon(bad)


def test_speed_gates_do_not_change_the_answer():
    """The substring gates, core windows and chunking only skip work."""
    from timeline import dates

    texts = [c[0] for c in CASES] + FALSE_FRIENDS + [
        "He will leave at 4 in the morning. He appeared in court the next morning.",
        "Sales in the latest period rose. The day after, fine. Trading resumed at 15.30 GMT.",
        # words of a core inside other words, and overlapping ("nowadays": now, days)
        "Nowadays the update, announced once biweekly and semiannually, lasts days; yesterday's far-off date.",
    ]
    for text in texts + ["\n".join(texts)]:
        fast = sorted((c.start, c.end, c.kind) for c in dates._candidates(text))
        slow = sorted((c.start, c.end, c.kind) for c in dates._candidates(text, fast=False))
        assert fast == slow, text[:80]


def test_quick_no_lookaheads_keep_the_matches():
    """The first-character lookahead put in front of each pattern finds what
    the plain pattern finds."""
    import re

    from timeline import dates

    assert dates._quick_no(r"\bfoo|(?<!x)ba[rz]") == r"(?=[bf])(?:\bfoo|(?<!x)ba[rz])"
    assert dates._quick_no(r"(?:a)?") == r"(?:a)?"  # can match empty: left alone
    assert dates._quick_no(r"\b.x") == r"\b.x"  # any character: left alone
    texts = [c[0] for c in CASES] + FALSE_FRIENDS
    low = dates._lower("\n".join(texts))
    low += "\n" + low.upper()
    for name, rx, _, _ in dates._PATTERNS:
        if not rx.pattern.startswith("(?="):
            continue
        plain = re.compile(rx.pattern[rx.pattern.index("])(?:") + 5:-1])
        assert [(m.span(), m.groups()) for m in rx.finditer(low)] == \
            [(m.span(), m.groups()) for m in plain.finditer(low)], name


def test_a_24_hour_utc_time_with_its_weekday_is_a_time_not_a_year():
    (t,) = [t for t in find_dates("At 4:42 local time on Saturday (2024 Friday, UTC), an earthquake struck.",
                                  "2019-07-15") if "UTC" in t.text]
    assert t.value == "2019-07-12T20:24"
    assert not [t for t in find_dates("At 4:42 local time on Saturday (2024 Friday, UTC), an earthquake struck.",
                                      "2019-07-15") if t.value == "2024"]


def test_a_weekday_takes_the_tense_of_its_own_verb_not_the_next_ones():
    (t, _) = find_dates("He was released on bail on Sunday and is due to appear in court on 14 June.", "2024-05-27")
    assert t.value == "2024-05-26"
    (t,) = find_dates("On Sunday the team will play.", "2024-05-27")
    assert t.value == "2024-06-02"
    # the day of a saying on a call is the saying's, whatever was said
    (t,) = find_dates("Ben-Ami told analysts on a conference call on Tuesday that the merger would save money.",
                      "2022-09-14")
    assert t.date_start == "2022-09-13"
    # a condition on what will be is ahead too: "would stop work ... if equipment did not arrive by Friday"
    (_, t) = find_dates("Nurses said they would stop work on Monday if protective equipment did not arrive by Friday.",
                        "2024-02-15")
    assert t.date_start == "2024-02-16"
    # when a declared measure starts: ahead, whatever the declaring's tense
    (_, _, t) = find_dates("Arce offered condolences on Tuesday and declared three days of national mourning, "
                           "starting Wednesday.", "2024-03-05")
    assert t.date_start == "2024-03-06"
    # the next verb with a day of its own: "and on Tuesday extended it until Thursday"
    (t, _, _) = find_dates("The government imposed a curfew on Monday afternoon and on Tuesday extended it until "
                           "Thursday morning.", "2022-05-10")
    assert t.date_start == "2022-05-09"


def test_weekday_pairs_read_in_order_and_when_clauses_keep_their_year():
    got = {t.text: t.date_start for t in find_dates("They were detained on Sunday and Monday.", "2026-05-13")}
    assert got == {"Sunday": "2026-05-10", "Monday": "2026-05-11"}
    got = [t.date_start for t in find_dates("Statements made Friday and Thursday were read.", "2026-05-13")]
    assert got == ["2026-05-08", "2026-05-07"]  # a list, latest first
    (_, t) = find_dates("He has led the state since May 2013, when he was sworn in after the election of 5 May.",
                        "2016-11-17")
    assert t.date_start == "2013-05-05"


def test_the_same_day_of_a_past_event_is_not_a_court_date_ahead():
    text = ("A gunman attacked the Al Noor Mosque on Friday. He will appear in court on April 5. "
            "The second attack was in Linwood Mosque, killing at least eight people, on the same day.")
    same = [t for t in find_dates(text, "2019-03-17") if t.text == "the same day"]
    assert [(t.date_start, t.date_end) for t in same] == [("2019-03-15", "2019-03-15")]
    # a day ahead stays the reference of what is ahead
    text = "He will appear in court on April 5. His lawyer will file a motion on the same day."
    same = [t for t in find_dates(text, "2019-03-17") if t.text == "the same day"]
    assert [t.date_start for t in same] == ["2019-04-05"]


def test_a_day_an_event_is_called_for_lies_ahead():
    (t,) = [t for t in find_dates("Unions announced a 24-hour strike for Thursday.", "2026-03-04") if t.date_start]
    assert t.date_start == "2026-03-05"
    (t,) = find_dates("Police blamed the group for Thursday's attack.", "2026-03-04")
    assert t.date_start == "2026-02-26"


def test_a_year_of_the_paragraph_before_does_not_carry_past_a_sentence():
    text = ("He was already serving a sentence for the disappearance of a teenager in 1981.\n\n"
            "His lawyers said they would appeal. Survivors who testified at the trial, which opened in March, "
            "embraced outside the courtroom.")
    march = [x for x in find_dates(text, "2024-05-18") if x.text == "March"]
    assert [(x.date_start, x.date_end) for x in march] == [("2024-03-01", "2024-03-31")]
    # the next sentence of the same story still shares its year
    text = "He was forced out in 2017. He announced his resignation on November 21."
    assert [x.date_start for x in find_dates(text, "2019-05-18")][-1] == "2017-11-21"


def test_said_in_a_month_dates_the_saying_in_the_past():
    # "would" belongs to what was said; the saying in July lies behind
    t = find_dates("Sall said in July that he would not seek re-election.", "2024-02-04")
    assert [(x.text, x.date_start) for x in t] == [("July", "2023-07-01")]


def test_a_year_in_an_apposition_does_not_set_the_story_year():
    import datetime as _dt
    from timeline.dates import find_dates as _fd
    text = ("The court ruled that Srettha named Pichit, a lawyer jailed in 2008, as a minister in April. "
            "Pichit resigned in May, but senators had petitioned the court.")
    got = {t.text: t.date_start for t in _fd(text, _dt.date(2024, 8, 14))}
    assert got["April"] == "2024-04-01" and got["May"] == "2024-05-01" and got["2008"] == "2008-01-01"


def test_that_month_is_the_month_of_the_year_last_mentioned():
    import datetime as _dt
    from timeline.dates import find_dates as _fd
    text = ("Thunberg began her climate protest on August 20, 2018, outside the parliament. Thousands joined "
            "the protest. That September, the Fridays for Future movement launched.")
    got = {t.text: (t.date_start, t.date_end) for t in _fd(text, _dt.date(2019, 12, 14))}
    assert got["That September"] == ("2018-09-01", "2018-09-30")


def test_a_day_declared_a_day_of_mourning_lies_ahead():
    from timeline.dates import find_dates
    txs = find_dates("The president declared Friday a day of national mourning.", "2023-03-09")
    assert [t.date_start for t in txs if t.text == "Friday"] == ["2023-03-10"]


def test_what_was_said_next_does_not_set_the_tense_of_the_day_before_it():
    from timeline.dates import find_dates
    txs = find_dates("Police suspended the search at dusk on Wednesday and said they would resume it at first light "
                     "today.", "2024-01-18")
    assert [t.date_start for t in txs if t.text == "Wednesday"] == ["2024-01-17"]


def test_an_event_named_by_its_day_in_a_past_sentence_is_past():
    text = ("In April, at the age of 90, she travelled to Ishinomaki to advise officials on shelters "
            "after the March 11 earthquake and tsunami.")
    (april, march) = find_dates(text, "2011-09-18")
    assert (april.value, march.value) == ("2011-04", "2011-03-11")  # not the coming March 11
    # (a day ahead in a sentence that looks ahead is still ahead)
    (ahead,) = find_dates("The March 11 deadline will be enforced, officials said.", "2011-09-18")
    assert ahead.value == "2012-03-11"


def test_a_weekday_of_last_or_next_week_is_that_day_of_that_week():
    got = {t.text: t.value for t in find_dates(
        "On Tuesday last week the council voted; it meets again on Friday next week, "
        "and the audit began on Monday of last week.", "2024-08-15")}  # a Thursday
    assert got == {"Tuesday last week": "2024-08-06", "Friday next week": "2024-08-23",
                   "Monday of last week": "2024-08-05"}


def test_a_when_clause_after_a_date_tells_its_tense():
    (march,) = find_dates("No taxpayer money would be used to rescue Lehman, unlike in March, when the Fed "
                          "backed the takeover of Bear Stearns.", "2008-09-15")
    assert march.value == "2008-03"
    (ahead,) = find_dates("No money would be used, unlike in March, when the Fed will back the deal.", "2008-09-15")
    assert ahead.value == "2009-03"


def test_next_weekday_is_that_day_of_next_week():
    got = {t.text: t.value for t in find_dates("She appears in court next Tuesday; the rally is this coming Sunday, "
                                               "and the board meets on Wednesday next week.", "2025-02-03")}  # a Monday
    assert got["next Tuesday"] == "2025-02-11"  # not tomorrow
    assert got["this coming Sunday"] == "2025-02-09"


def test_the_same_week_after_a_month_is_that_month_not_this_week():
    (month, same) = find_dates("Holt was arrested in January 2022. She was suspended the same week.", "2024-05-14")
    assert same.value == "2022-01"
    (day, same) = find_dates("He was arrested on 12 January 2022. He was charged the same week.", "2024-05-14")
    assert same.value == "2022-W02"


def test_earlier_this_week_ends_the_day_before_the_article():
    # said on Friday: Monday to Thursday (today would be "today" or "earlier today")
    (t,) = find_dates("Pelosi announced the vote earlier this week.", dt.date(2019, 11, 1))
    assert (t.date_start, t.date_end) == ("2019-10-28", "2019-10-31")
    (t,) = find_dates("Prices rose earlier this year.", dt.date(2019, 11, 1))
    assert (t.date_start, t.date_end) == ("2019-01-01", "2019-10-31")
    # on the first day of the period there is no day before it to end on
    (t,) = find_dates("The city flooded earlier this month.", dt.date(2019, 11, 1))
    assert (t.date_start, t.date_end) == ("2019-11-01", "2019-11-01")


def test_calling_the_election_on_a_day_is_that_day():
    # "called the election on 22 May": the calling's day; "called a snap
    # election for 4 July": the vote called, ahead
    (t,) = find_dates("Sunak called the election on 22 May, months earlier than expected.", dt.date(2024, 7, 5))
    assert t.date_start == "2024-05-22"
    (t,) = find_dates("Sunak called a snap election for 4 July.", dt.date(2024, 5, 23))
    assert t.date_start == "2024-07-04"


def test_a_time_stamp_opening_a_line_is_a_time_of_the_day():
    found = find_dates("Live updates\n\n09:15 — Polls open.\n12:40 - Results are in.", dt.date(2022, 10, 25))
    assert [(t.text, t.type, t.date_start) for t in found] == [("09:15", "TIME", "2022-10-25"),
                                                                ("12:40", "TIME", "2022-10-25")]
    assert find_dates("The score was 12:40 - a rout.", dt.date(2022, 10, 25)) == []


def test_a_live_blogs_stamps_take_the_day_of_their_heading():
    text = ("Live: Earthquakes hit Turkey and Syria\n\nMonday 6 February 2023\n\n"
            "04:17 - A magnitude 7.8 earthquake strikes near Gaziantep.\n09:30 - Erdogan declares mourning.\n\n"
            "Tuesday 7 February\n\n08:00 - The toll rises.")
    stamps = [(t.text, t.date_start) for t in find_dates(text, dt.date(2023, 2, 7)) if t.type == "TIME"]
    assert stamps == [("04:17", "2023-02-06"), ("09:30", "2023-02-06"), ("08:00", "2023-02-07")]
    # a date inside a line is no heading
    stamps = [(t.text, t.date_start) for t in find_dates("Results of 6 February 2023 are in.\n\n08:00 - The toll rises.",
                                                          dt.date(2023, 2, 7)) if t.type == "TIME"]
    assert stamps == [("08:00", "2023-02-07")]


def test_the_day_after_a_day_never_named_in_a_past_sentence_is_unknown_not_tomorrow():
    (t,) = [t for t in find_dates("He was arrested that morning and charged with murder the following day.",
                                  anchor="2016-07-06") if t.text == "the following day"]
    assert t.date_start is None and t.value == "XXXX-XX-XX"
    (t,) = find_dates("The talks will resume the following day.", anchor="2016-07-06")
    assert t.date_start == "2016-07-07"


def test_a_time_that_names_its_day_is_the_day_the_following_day_counts_from():
    text = ("The verdict came on Wednesday. He shot her in the early hours of February 14, 2013. "
            "He was arrested that morning and charged the following day.")
    following = next(t for t in find_dates(text, "2016-07-06") if t.text == "the following day")
    assert following.date_start == "2013-02-15"
    # (an hour alone names no day: "the same day" after "shortly before midnight" is still Sunday)
    text = "He resigned late on Sunday. He posted shortly before midnight and gave an interview the same day."
    same = next(t for t in find_dates(text, "2023-09-11") if t.text == "the same day")
    assert same.date_start == "2023-09-10"


def test_a_weekdays_event_that_is_still_to_come_is_the_next_weekday():
    ahead = find_dates("Wednesday's cabinet meeting will be devoted entirely to the fire.", "2019-04-16")[0]
    assert ahead.date_start == "2019-04-17"
    done = find_dates("Wednesday's ruling was a surprise.", "2019-04-16")[0]
    assert done.date_start == "2019-04-10"


def test_days_later_count_from_the_last_day_named_not_a_coarser_aside():
    text = ("Mugabe resigned on November 21, 2017, ending 37 years in power. Mnangagwa, his former deputy, whom "
            "he had fired earlier that month, was sworn in three days later.")
    later = next(t for t in find_dates(text, "2019-09-06") if t.text == "three days later")
    assert (later.date_start, later.date_end) == ("2017-11-24", "2017-11-24")
    # (with no day named, the month still anchors it)
    text = "The strike began in March 2019. Three days later, talks collapsed."
    later = next(t for t in find_dates(text, "2019-09-06") if t.text.lower() == "three days later")
    assert later.date_start.startswith("2019-03")


def test_a_line_wrapped_mid_sentence_reads_as_one_line():
    # a wire's hard-wrapped text: "will\nresume Monday" is the future, as unwrapped
    from timeline.dates import find_dates
    wrapped = find_dates("Talks at the plant will\nresume Monday, a company spokesman said.", "1987-03-11")
    flat = find_dates("Talks at the plant will resume Monday, a company spokesman said.", "1987-03-11")
    assert [t.date_start for t in wrapped] == [t.date_start for t in flat] == ["1987-03-16"]
    # ... and an expression that opens a line, after a lower-case word: "summit in\nJune"
    text = "Officials will meet on April 30 to set the agenda for the group's Venice summit in\nJune, sources said."
    june = next(t for t in find_dates(text, "1987-04-27") if t.text == "June")
    assert june.date_start == "1987-06-01"


def test_the_day_right_before_a_saying_is_the_sayings():
    # "Monday warned another trade row will develop": what was said is ahead, the saying is not
    (monday,) = find_dates("Clayton Yeutter on Monday warned another trade row will develop.", "1987-03-04")
    assert monday.date_start == "1987-03-02"
    (jan,) = find_dates("The Justice Department in January said it would block the merger.", "1987-03-20")
    assert jan.date_start == "1987-01-01"
    (monday,) = find_dates("The talks will resume on Monday, he said.", "1987-03-04")
    assert monday.date_start == "1987-03-09"


def test_the_end_of_the_year_told_as_past_is_the_last_ones():
    (end,) = find_dates("Although the agreement was closed by the end of the year, the final transfers came later.",
                        "1987-03-03")
    assert (end.date_start, end.date_end) == ("1986-09-01", "1986-12-31")
    (end,) = find_dates("By the end of the month, Biden had maintained his lead.", "2020-06-19")
    assert end.date_start.startswith("2020-05")
    # what may still come, and what is still to come, is this year's
    (end,) = find_dates("He told a hearing it was possible China could be a member before the end of the year.",
                        "1987-03-04")
    assert end.date_start.startswith("1987")
    (end,) = find_dates("The company expects to cut 300 jobs by the end of the year.", "1987-03-04")
    assert end.date_start.startswith("1987")


def test_a_wire_days_under_ten_spelled_out():
    def day(text, anchor="1987-03-03"):
        return [(t.text, t.date_start) for t in find_dates(text, anchor)]
    assert day("Qtly div 35 cts vs 35 cts prior\n    Payable March 31\n    Record March nine\n Reuter") == [
        ("March 31", "1987-03-31"), ("March nine", "1987-03-09")]
    assert day("a tender offer expired on March three.", "1987-03-06") == [("March three", "1987-03-03")]
    assert day("until September one 1989 and thereafter") == [("September one 1989", "1989-09-01")]
    # (a count after a month is no day)
    assert day("In March one of the companies said it would cut jobs.") == [("March", "1987-03-01")]
    assert day("Exports rose in May two pct from April.", "1987-06-10")[0][0] == "May"


def test_may_or_might_in_its_clause_puts_a_bare_month_ahead():
    def span(text):
        (t,) = find_dates(text, dt.date(1987, 3, 30))
        return t.date_start, t.date_end

    assert span("Stone said data available by late June may be weak enough to prompt one more rate cut.") == (
        "1987-06-21", "1987-06-30")
    assert span("Analysts predicted Nakasone might be forced to step down just after the June summit.") == (
        "1987-06-01", "1987-06-30")
    # (not past a clause boundary, nor "may have", nor Theresa May)
    assert span("The DOT proposed the plan in late January and said it might be granted.") == ("1987-01-21", "1987-01-31")
    assert span("He may have left in June.") == ("1986-06-01", "1986-06-30")
    assert span("Theresa May resigned on 24 July.") == ("1986-07-24", "1986-07-24")


def test_a_participle_in_the_present_passive_is_no_past():
    # "when he is sentenced on June 1", in March: the coming June, not the last
    text = "He faces up to 10 years in prison when he is sentenced by Judge Whitman Knapp on June 1."
    assert [x.date_start for x in find_dates(text, "1987-03-13") if x.text == "June 1"] == ["1987-06-01"]
    text = "Workers voted to strike on March 24 unless their demand for higher pay is met."
    assert [x.date_start for x in find_dates(text, "1987-03-13")] == ["1987-03-24"]
    # (a past verb still dates the day back)
    assert [x.date_start for x in find_dates("He was sentenced on June 1.", "1987-03-13")] == ["1986-06-01"]


def test_what_was_asked_for_is_not_dated_by_the_asking():
    # a March story: the April asked for is the coming one
    text = "The union has asked the mining companies to begin new contract talks in April."
    assert [x.date_start for x in find_dates(text, "1987-03-02")] == ["1987-04-01"]
    # (those who were ordered out left: a past day)
    text = "More than 600 residents were ordered to leave their homes on Tuesday night."
    assert [x.date_start for x in find_dates(text, "2024-01-18")] == ["2024-01-16"]


def test_a_deadline_half_a_year_off_is_the_coming_one():
    text = "Clark said an initial agreement must be reached by late September."
    assert [x.date_start for x in find_dates(text, "1987-03-20")] == ["1987-09-21"]


def test_what_takes_effect_on_a_bare_day_takes_effect_ahead():
    # written on a Thursday: "takes effect Monday" is the coming Monday, as "takes effect on Monday" was
    for text in ("The ban takes effect Monday.", "The ban takes effect from Monday.", "The rules apply from Monday."):
        assert [x.date_start for x in find_dates(text, "2024-06-20")] == ["2024-06-24"], text
    # (told in the past, the day is behind)
    assert [x.date_start for x in find_dates("The ban took effect Monday.", "2024-06-20")] == ["2024-06-17"]


def test_a_pact_named_by_its_month_is_one_already_made():
    # in March: "their February accord" is last month's, "the December pact" last December's,
    # whatever the clause's tense
    text = "Finance ministers meet tomorrow to review their February accord on currency stability."
    assert [x.date_start for x in find_dates(text, "2025-03-10") if x.text == "February"] == ["2025-02-01"]
    text = "Traders fear it would show that the December pact is falling apart."
    assert [x.date_start for x in find_dates(text, "2025-03-10")] == ["2024-12-01"]
    # (a deal to be signed in a month is still ahead)
    assert [x.date_start for x in find_dates("The deal is expected to be signed in July.", "2025-03-10")] \
        == ["2025-07-01"]


def test_a_saying_dated_after_had_said_keeps_the_past_whatever_was_said():
    from timeline.dates import find_dates
    (april, _) = find_dates("Company officials had said at the annual meeting in April they expected no labor "
                            "problems this year.", dt.date(1987, 6, 29))
    assert april.text == "April" and april.date_start == "1987-04-01"


def test_a_day_of_that_year_is_in_the_year_last_named():
    from timeline.dates import find_dates
    (a, b) = find_dates("Castillo won a June 2021 runoff and took office on July 28 that year.", dt.date(2022, 12, 8))
    assert (b.text, b.date_start) == ("July 28 that year", "2021-07-28")
    (a, b) = find_dates("He was arrested in 2019 and released on 3 March the same year.", dt.date(2022, 12, 8))
    assert (b.text, b.date_start) == ("3 March the same year", "2019-03-03")
    # with no year before it, the day is read as usual
    (x,) = find_dates("On July 28 that year, he left.", dt.date(2022, 12, 8))
    assert x.date_start == "2022-07-28"


def test_a_bare_month_after_that_year_stays_in_that_year():
    from timeline.dates import find_dates
    text = ("Tanzania had an outbreak in March 2023. Equatorial Guinea declared one in February that year, which "
            "killed 35 people before it was declared over in June.\n\nThe minister said Rwanda was in talks.")
    june = [x for x in find_dates(text, dt.date(2024, 9, 30)) if x.text == "June"]
    assert [x.date_start for x in june] == ["2023-06-01"]


def test_a_protest_called_for_a_day_is_ahead_however_long_the_place():
    from timeline.dates import find_dates
    (x,) = find_dates("Parents have called a protest in Kirkby Fell market square for Saturday.", dt.date(2019, 2, 14))
    assert x.date_start == "2019-02-16"


def test_that_same_friday_is_the_friday_of_the_day_last_named():
    from timeline.dates import find_dates
    xs = find_dates("FIFA suspended him on August 26, a day after the assembly. On that same Friday, the players "
                    "announced a boycott.", dt.date(2023, 9, 11))
    assert [(x.text, x.date_start) for x in xs if "Friday" in x.text] == [("that same Friday", "2023-08-25")]


@pytest.mark.parametrize("text,anchor,expected", [
    # an irregular past tells the tense of a bare month
    ("In September 2021 the judge found that Apple was not a monopolist. An appeals court upheld that decision in "
     "April.", "2023-12-12", "2023-04-01"),
    # an -ed word qualifying a noun is no verb: the clause's "will" tells the tense
    ("The council's cabinet will discuss support for affected businesses at a meeting on Tuesday.", "2025-08-03",
     "2025-08-05"),
    ("National Fuel Gas Co said its board will consider an increased cash dividend at its June meeting.",
     "1987-03-09", "1987-06-01"),
    # ... but an alleged deed is one done
    ("Police charged a former clerk with misappropriating 8,300 dlrs in July in an alleged fraud.",
     "1987-03-03", "1986-07-01"),
    # "to" before a name is a preposition: "flew to Suva" is past, whatever "would" says after it
    ("The minister flew to Suva on Tuesday, to promise that Canberra would be a partner.", "2022-05-28",
     "2022-05-24"),
])
def test_the_tense_of_a_bare_day_or_month_from_its_clause(text, anchor, expected):
    assert [t.date_start for t in find_dates(text, anchor=anchor) if t.text in ("April", "Tuesday", "June", "July")] \
        == [expected]


def test_a_weekday_ahead_of_a_past_telling_counts_from_the_day_told():
    text = ("On Wednesday its shares plunged 24%. Late that night the central bank said it would lend it 50 billion "
            "francs, and the bank announced it would borrow the money early on Thursday.")
    (t,) = [t for t in find_dates(text, anchor="2023-03-20") if "Thursday" in t.text]
    assert t.date_start == "2023-03-16"
    # (a future told today still lies ahead of today)
    (t,) = [t for t in find_dates("The minister said he would visit Paris on Friday.", anchor="2023-03-20")
            if t.text == "Friday"]
    assert t.date_start == "2023-03-24"


def test_a_day_that_only_describes_a_noun_is_no_time_the_story_is_told_at():
    text = ("On February 3, three weeks before the scheduled polling day of February 25, Sall announced a delay. "
            "Two days later, lawmakers voted to postpone the election.")
    later = [t for t in find_dates(text, "2024-03-13") if t.text == "Two days later"]
    assert [t.value for t in later] == ["2024-02-05"]


def test_a_day_far_from_its_verb_in_a_sentence_told_in_the_past_is_not_months_ahead():
    # no verb near "August 20", but the sentence is told in the past: the
    # August before the anchor, not the coming one
    text = ("They lowered the rate shortly after the Fed's half-point discount rate cut to the current 5-1/2 pct "
            "level on August 20.")
    assert [t.date_start for t in find_dates(text, anchor="1987-03-31") if t.text == "August 20"] == ["1986-08-20"]
    text = "Some colleges were suspended by March 13, their exams postponed as the government introduced a lockdown."
    assert [t.date_start for t in find_dates(text, anchor="2020-10-18") if t.text == "March 13"] == ["2020-03-13"]
    # (but the end of a stretch still running is ahead, whatever the sentence's tense)
    text = ("He said the policy had caused a price drop, with prices falling to 147 pesetas from 160 at the start "
            "of the marketing year ending July 31.")
    assert [t.date_start for t in find_dates(text, anchor="1987-04-24") if t.text == "July 31"] == ["1987-07-31"]


@pytest.mark.parametrize("text,anchor,expected", [
    # the day of the country the story names most; none named: the United States'
    ("Prime Minister Narendra Modi spoke in New Delhi on Independence Day, India's foreign ministry said.",
     "2024-08-20", "2024-08-15"),
    ("Mexican President Claudia Sheinbaum led the Independence Day parade in Mexico City.", "2024-09-20",
     "2024-09-16"),
    ("The president gave a speech on Independence Day.", "2024-07-10", "2024-07-04"),
    # ... and, told in the past in a story set in a year written before it, that year's
    ("The Indian cabinet approved the Mars mission in August 2012, and Prime Minister Manmohan Singh announced it "
     "in his Independence Day speech days later.", "2013-11-05", "2012-08-15"),
])
def test_independence_day_is_the_day_of_the_country_the_story_is_about(text, anchor, expected):
    assert [t.date_start for t in find_dates(text, anchor=anchor) if "Independence" in t.text] == [expected]


def test_the_independence_days_table_is_well_formed():
    from timeline.dates import INDEPENDENCE_DAYS
    assert INDEPENDENCE_DAYS["India"][0] == (8, 15)
    for country, ((month, day), names) in INDEPENDENCE_DAYS.items():
        dt.date(2024, month, day)  # a real day
        assert names and all(isinstance(n, str) and n for n in names), country


def test_a_chronologys_items_run_on_from_the_item_before():
    text = ("Timeline:\n- March 3, 2017: Police arrest the mayor.\n- June 5: The mayor resigns.\n"
            "- November 20: A court convicts him.\n- January 4: He appeals.")
    assert [(t.text, t.date_start) for t in find_dates(text, anchor="2018-01-10")] == [
        ("March 3, 2017", "2017-03-03"), ("June 5", "2017-06-05"), ("November 20", "2017-11-20"),
        ("January 4", "2018-01-04")]
    # (a day in running text, not an item, is still read by its tense or as the nearest)
    (t,) = [t for t in find_dates("March 3, 2017 was cold. The mayor resigns on June 5.", anchor="2018-01-10")
            if t.text == "June 5"]
    assert t.date_start == "2018-06-05"


def test_a_plan_named_with_its_kind_is_a_noun_not_a_tense():
    text = ("Politicians led by Governor Mario Cuomo charged at a public meeting on the proposed plan on Tuesday "
            "that the commission protected the utilities.")
    assert [t.date_start for t in find_dates(text, anchor="1987-02-26") if t.text == "Tuesday"] == ["1987-02-24"]
    # (a company that plans to act still looks ahead)
    assert [t.date_start for t in find_dates("The company plans to close the plant on Tuesday.", anchor="1987-02-26")
            if t.text == "Tuesday"] == ["1987-03-03"]


def test_a_deadline_month_before_a_when_clause_with_a_participle_and_its_agent():
    # "issued by" is a participle with its agent, not the when-clause's past tense
    text = ("The government is expected to announce guidelines by October, when foreigners holding bonds "
            "issued by Samsung will have the option to trade them.")
    (t,) = [t for t in find_dates(text, "1987-03-19") if t.text == "October"]
    assert t.value == "1987-10"


def test_an_adjective_participle_after_a_word_of_degree_sets_no_tense():
    # "the major industrialized countries" is no past verb: the visit "will" make in June is ahead
    text = ("President Reagan will visit Rome and\nWest Berlin during a trip to Europe in June to attend the\n"
            "Venice summit meeting of the major industrialized countries,\nthe White House said.")
    (t,) = [t for t in find_dates(text, "1987-03-04") if t.text == "June"]
    assert t.value == "1987-06"
    (t,) = [t for t in find_dates("The family reported in June that he had gone.", "1987-03-04") if t.text == "June"]
    assert t.value == "1986-06"


def test_a_future_in_the_that_clause_of_a_past_verb_is_not_the_dates_tense():
    (t,) = find_dates("The April 10 annual meeting agreed that there would be no rights issue.", "1987-06-29")
    assert t.value == "1987-04-10"
    # but a saying after a comma only reports: the day still lies ahead
    (t,) = [t for t in find_dates("Interest payments on the notes begin Dec 29, it said, adding that both obligations "
                                  "will be traded on the exchange.", "1987-06-19") if t.text == "Dec 29"]
    assert t.value == "1987-12-29"
