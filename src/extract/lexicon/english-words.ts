/**
 * English closed classes and word lists of the grammar, one entry per line (\`#\` starts a comment). Each table is
 * read once into a set or an anchored pattern (lexicon/table.ts); an entry of a pattern table may be a regular
 * expression fragment ("\\d+s?", "polls?").
 */

/** Cues whose addressee stands between them and the content ("told reporters that …"). */
export const ENGLISH_OBJECT_BEFORE_CONTENT = `
told
tells
telling
warned
warns
reminded
assured
informed
`;

/** Determiners, possessives and quantifiers that open a noun phrase ("the", "his", "some"). */
export const ENGLISH_DETERMINERS = `
the
a
an
these
those
its
their
our
his
her
my
your
this
that
no
any
some
to
of
in
for
by
with
on
at
from
is
are
was
were
be
been
being
has
have
had
`;

/** Adverbs and particles that may stand between a subject and its verb without ending the subject. */
export const ENGLISH_ADVERBS = `
too
voluntarily
publicly
formally
officially
reportedly
also
further
then
later
previously
earlier
yesterday
today
recently
once
again
repeatedly
initially
separately
similarly
both
has
have
had
would
will
did
does
allegedly
not
never
only
even
still
first
subsequently
finally
immediately
already
went
since
now
often
frequently
always
just
long
openly
privately
consistently
flatly
explicitly
`;

/** Things that carry words in public ("a banner reading …", "a sign that said …"): their words are no one's statement. */
export const ENGLISH_DISPLAYS = `
banner
banners
sign
signs
placard
placards
poster
posters
billboard
billboards
slogan
slogans
shirt
shirts
t-shirt
t-shirts
graffiti
`;

/** Things that show or suggest but are nobody's statement: "The new model indicated", "evidence suggests". */
export const ENGLISH_NOT_SOURCES = `
model
models
data
evidence
simulation
simulations
work
findings
`;

/** Conjunctions that open a subordinate clause ahead of the main one: "When the vote was called, he said …". */
export const ENGLISH_SUBORDINATORS = `
when
while
after
before
because
since
until
although
though
as
if
once
whereas
`;

/** What opens a clause whose cue reports only up to that clause's comma, participle phrases ("having", "upon") included. */
export const ENGLISH_OPENING_CLAUSE_WORDS = `
although
though
while
when
after
before
since
because
if
despite
having
upon
once
whereas
`;

/** Conjunctions and discourse words that end a noun phrase. */
export const ENGLISH_BOUNDARY_WORDS = `
and
but
while
as
because
although
though
when
which
who
that
where
what
after
before
since
if
so
whereas
however
`;

/** Prepositions and words of time that open a phrase of when, not of who. */
export const ENGLISH_TIME_WORDS = `
on
at
in
during
yesterday
today
tonight
last
this
earlier
later
monday
tuesday
wednesday
thursday
friday
saturday
sunday
morning
afternoon
evening
night
week
month
year
after
following
before
via
through
over
from
`;

/** Words that make a name an institution ("ministry", "White House"); matched as whole words, any case. */
export const ENGLISH_ORG_WORDS = `
white house
ministry
department
agency
police
government
council
committee
commission
company
corporation
association
organization
organisation
office
court
army
navy
guard
party
union
bureau
service
university
institute
center
centre
foundation
board
post
times
news
press
reuters
bbc
cnn
abc
nbc
palace
administration
authority
authorities
federation
league
club
team
group
unesco
nasa
upguard
`;

/** Phrases that mark a source as anonymous ("on condition of anonymity", "a senior official"); whole words, any case. */
export const ENGLISH_ANONYMOUS = `
asked not to be named
not authorized
not authorised
on condition of anonymity
anonymous
unnamed
a source
one source
a senior official
an official
one official
a spokesperson
one mp
an mp
a spokesman
a spokeswoman
`;

/** Prepositions after which an -ed word is an adjective, not a verb ("of concerned citizens"). */
export const ENGLISH_PREPOSITIONS_BEFORE_ADJECTIVE = `
toward
towards
of
for
with
without
into
from
in
on
at
over
under
against
between
among
within
about
`;

/** "A new report said", "the claims were": a cue's noun form with a verb right after it is that verb's subject. */
export const ENGLISH_NOUN_FORMS = `
report
reports
claim
claims
note
notes
statement
call
calls
credit
credits
state
states
`;

/** Words that open a noun phrase and never a verb's subject-less use: "another report", "each claim". */
export const ENGLISH_NOUN_PHRASE_OPENERS = `
a
an
the
another
each
every
this
these
those
its
their
his
her
our
my
your
`;

/** Adjectives that sit between a determiner and a report's noun; a noun there ("the candidate claims") is a subject. */
export const ENGLISH_REPORT_MODIFIERS = `
new
latest
earlier
previous
final
recent
separate
initial
official
preliminary
annual
internal
leaked
original
similar
joint
written
first
second
later
`;

/** A quotation this long inside a clause is the clause subject's words, wherever the verb stands. */
export const ENGLISH_HIDES_SUBJECT = `
asked
holding
while
when
although
though
because
since
if
unless
whether
without
with
for
after
before
despite
during
following
from
under
in
on
at
by
`;

/** Words after which an -ing form opens a participle clause whose subject is the main clause's ("… before saying"). */
export const ENGLISH_PARTICIPLE_OPENERS = `
by
and
but
before
after
while
when
without
upon
since
`;

/**
 * "Mr. Trump issued a statement Tuesday saying, "…"": an -ing cue after a written object of the clause's own verb
 * hangs on that clause; after a noun of people ("an ad featuring Hispanics telling their stories") it does not.
 */
export const ENGLISH_WRITTEN_OBJECTS = `
statement
statements
message
letter
video
email
e-mail
memo
release
post
tweet
op-ed
column
`;

/** Verbs that give their object a name: what they report ends with the name. */
export const ENGLISH_NAMING_CUES = `
call
calls
called
calling
label
labels
labeled
labelled
labeling
brand
brands
branded
branding
dub
dubs
dubbed
dubbing
term
terms
termed
deem
deems
deemed
`;

/** Words that may follow a quoted name once the naming is over: a conjunction, or a circumstance of the naming. */
export const ENGLISH_AFTER_NAME = `
and
or
but
in
on
at
for
as
during
while
when
after
before
because
since
despite
with
without
from
last
this
earlier
# the day it was said: 'defended him as a "very decent man" Tuesday, hours after …'
monday
tuesday
wednesday
thursday
friday
saturday
sunday
yesterday
today
tonight
`;

/** Words that open a noun phrase: after one, the next word is a noun ("that report", "a blueprint"). */
export const ENGLISH_ARTICLES_AND_POSSESSIVES = `
the
a
an
that
this
these
those
its
his
her
their
our
my
your
`;

/** Verbs of writing: an indirect report of them with no verb of its own reports a document, not a claim. */
export const ENGLISH_WRITING = `
wrote
write
writes
written
penned
drafted
signed
published
posted
filed
file
files
`;

/** Numbers written as words, which never start a name before a cue. */
export const ENGLISH_NUMBER_WORDS = `
one
two
three
four
five
six
seven
eight
nine
ten
eleven
twelve
thirteen
fourteen
fifteen
sixteen
seventeen
eighteen
nineteen
twenty
thirty
forty
fifty
sixty
seventy
eighty
ninety
hundred
hundreds
thousand
thousands
million
millions
billion
dozen
dozens
several
many
few
both
`;

/** Verbs that introduce a quotation after a colon ("Jo Anne Van Tilburg … disagreed with these findings: "…""). */
export const ENGLISH_COLON_VERBS = `
disagreed
agreed
praised
spoke
explained
responded
replied
criticised
criticized
had
gave
offered
added
continued
wrote
tweeted
posted
commented
warned
concluded
`;

/** The words a title leaves lowercase; a headline also "as", "is", "vs" and numbers. */
export const ENGLISH_TITLE_SMALL_WORDS = `
a
an
the
of
and
or
in
on
for
to
at
by
with
from
`;

/** Words a title-cased headline leaves lowercase. */
export const ENGLISH_HEADLINE_SMALL_WORDS = String.raw`
a
an
the
of
and
or
in
on
for
to
at
by
with
from
as
is
vs
v
\d.*
`;

/** Words that end an addressee after "told" ("told reporters on Monday"). */
export const ENGLISH_ADDRESSEE_ENDS = `
as
when
while
after
before
on
in
at
during
about
of
for
`;

/** Nouns that head a circumstance of the report (a day, a statement, an interview, a medium), not its source. */
export const ENGLISH_CIRCUMSTANCE_HEADS = `
friday
monday
tuesday
wednesday
thursday
saturday
sunday
statement
conference
interview
remarks
tweet
post
release
morning
afternoon
evening
night
week
year
month
twitter
facebook
instagram
television
radio
court
rally
speech
part
`;

/** Prepositions that open a circumstance phrase after a cue or a comma. */
export const ENGLISH_PHRASE_PREPOSITIONS = `
of
to
with
for
at
in
on
from
by
about
before
after
during
`;

/** Forms of be, have and do. */
export const ENGLISH_AUXILIARIES = `
is
was
were
are
has
have
had
will
would
can
could
should
may
might
did
does
do
been
being
`;

/** Words that open an introductory phrase before the subject ("On Friday, …", "In an interview with …, UNESCO said"). */
export const ENGLISH_INTRO_WORDS = `
namely
according
as
while
when
although
though
because
since
in
on
at
during
after
before
following
despite
with
from
by
under
speaking
addressing
writing
meanwhile
however
separately
earlier
later
yesterday
today
additionally
moreover
furthermore
instead
nevertheless
now
previously
similarly
likewise
also
but
so
then
still
tonight
overnight
`;

/** Heads that take "of"/"for" into their name: "Department of Justice", "Center for Food Safety". */
export const ENGLISH_NAME_JOINING_HEADS = `
Department
Ministry
University
Center
Centre
Institute
Commission
Office
Bank
Council
Court
Federation
Association
Society
League
Board
Bureau
Church
College
School
Museum
Academy
Union
Agency
Conference
Organization
Organisation
Secretary
Minister
Chancellor
Mayor
Governor
President
`;

/** Words between a subject and "to" + a cue that still leave the subject the cue's ("went on to add", "would like to say"). */
export const ENGLISH_INFINITIVE_TAKERS = `
on
went
goes
go
as
far
so
even
then
later
want
wants
wanted
would
like
has
had
have
this
much
little
plenty
something
able
unable
were
was
is
are
`;

/** "Will Rogers, for example, said", "Cruz, for his part, said": a discourse aside between commas is no part of the subject. */
export const ENGLISH_ASIDES = `
once again
again
once more
for example
for instance
for one
for his part
for her part
for their part
for its part
in turn
in fact
of course
too
also
however
meanwhile
at least
in particular
in response
in contrast
by contrast
likewise
similarly
instead
though
nonetheless
nevertheless
still
`;

/** Prepositions that open a phrase of place or occasion beside a subject ("at the rally", "outside the court"). */
export const ENGLISH_SCENE_PREPOSITIONS = `
after
before
during
in
on
at
under
amid
despite
since
following
like
unlike
speaking
writing
as
`;

/** Titles and roles written before a name ("Sen.", "Governor", "Chief"); entries are patterns. */
export const ENGLISH_TITLE_WORDS = String.raw`
Prosecutor
Attorney
Represenative # as one fixture article misspells it
Whip
Minority
Majority
Mr
Mrs
Ms
Dr
Prof
Professor
President
Senator
Sen
Rep
Representative
Judge
Mayor
Governor
Minister
Secretary
Chancellor
King
Queen
Prince
Princess
Pope
Bishop
General
Gen
Captain
Chief
Director
Superintendent
Admiral
Commandant
Assemblywoman
Assemblyman
Speaker
Vice
Prime
Foreign
Defence
Defense
Deputy
Former
Newly
State
Regional
Chair
Chairman
CEO
MP
Lord
Sir
Dame
Saint
Emeritus
Leader
Commissioner
Ambassador
Coach
Officer
Detective
Inspector
Sergeant
Lieutenant
Colonel
Major
Spokesperson
Spokesman
Spokeswoman
Republican
Democrat
Democratic
Labour
Conservative
Scientist
Ecologist
Violinist
Professional
Guests?
Honour
First
Lady
Greek
Turkish
Thai
US
U\.S\.
American
British
Indonesian
Philippine
Afghan
Mexican
Canadian
Russian
Chinese
French
German
Italian
Israeli
Iranian
Syrian
Acting
Interim
Scripps
Oceanography
NASA
CIA
University
The
A
An
Of
And
In
At
On
For
Roman
Catholic
Special
Effects
Costumer
Planetary
Center
Centre
Rutgers
Metropolitan
Senate
House
Intelligence
Committee
Organisation
Organization
Islamic
Cooperation
Administrator
Head
Expert
Ms\.
# abbreviated titles as the tokenizer keeps them, with their dot: "Sen. Chuck Grassley"
Sen\.
Rep\.
Gov\.
Gen\.
Lt\.
Col\.
Sgt\.
Capt\.
Rev\.
Prof\.
Adm\.
Cmdr\.
Atty\.
Supt\.
Mr\.
Dr\.
Mrs\.
# occupations written as a title before a name: "Pastor Kevin Swanson", "Actress Diane Guerrero" (never "Dean" or
# "Singer", which are surnames, nor "Justice", which ends institutions' names)
Pastor
Rabbi
Reverend
Imam
Cardinal
Actress
Actor
Comedian
Author
Writer
Novelist
Journalist
Reporter
Correspondent
Editor
Columnist
Host
Billionaire
Businessman
Businesswoman
Founder
Economist
Historian
Sheriff
Producer
Commentator
Analyst
Pollster
Strategist
Activist
Lawyer
`;

/** Words that may follow a name inside a noun phrase without making it a modifier ("Obama and his aides", "Smith of Ohio"). */
export const ENGLISH_NAME_FOLLOWERS = `
and
or
of
in
on
at
for
to
with
by
from
who
which
that
whose
jr
sr
also
himself
herself
themselves
`;

/** Lowercase words inside a name: "Ludwig van Beethoven", "Qaboos bin Said". */
export const ENGLISH_NAME_PARTICLES = `
de
van
von
der
dela
del
da
al
bin
ibn
bint
la
le
di
du
`;

/** Capitalised words that are never part of a person's name: prepositions, pronouns, quantifiers that open a sentence. */
export const ENGLISH_NOT_A_NAME = `
# Approximators of a number: "About 40 percent", "Nearly 200 people".
About
Nearly
Almost
Just
Roughly
Around
Approximately
Barely
Merely
Unlike
Like
Despite
Among
Under
Without
Within
Across
Amid
Amidst
Until
Unless
Whether
Once
He
She
They
It
We
I
This
That
These
Those
Some
Several
Many
Most
Both
Neither
Either
Not
Only
Even
All
One
Local
Police
Officials
Authorities
Sources
Reports
Scientists
Protesters
Investigators
When
If
As
While
After
Before
Since
Although
However
Meanwhile
Yesterday
Today
Last
Earlier
Later
Monday
Tuesday
Wednesday
Thursday
Friday
Saturday
Sunday
January
February
March
April
May
June
July
August
September
October
November
December
`;

/**
 * "Beyond that, he said, the bank will …", "The plan, critics say, is doomed": an attribution between commas
 * inside one sentence, when the words before it have no verb of their own or the words after it are the
 * predicate they wait for. The words after must not start a clause of their own (a participle, a relative
 * pronoun, a circumstance).
 */
export const ENGLISH_NOT_VERBS_IN_S = `
this
his
hers
its
yes
thus
perhaps
always
sometimes
besides
whereas
afterwards
towards
nowadays
`;

/** Modal verbs. */
export const ENGLISH_MODALS = `
will
would
can
could
should
must
may
might
`;

/** What may stand between an "as" frame's verb and its comma: the verb has no object there. */
export const ENGLISH_AFTER_AS_VERB = String.raw`
it
out
so
before
earlier
previously
recently
last
in
on
at
during
back
this
that
yesterday
today
then
once
often
repeatedly
himself
herself
themselves
itself
week
month
year
time
the
a
an
\d+s?
interview
statement
speech
letter
column
report
post
tweet
recent
new
his
her
their
its
to
reporters
monday
tuesday
wednesday
thursday
friday
saturday
sunday
`;

/** Nouns of a held view ("in his view", "in their opinion"). */
export const ENGLISH_VIEW_NOUNS = `
view
opinion
estimation
judgment
judgement
assessment
telling
words
mind
`;

/** What may follow a verb used without an object: the attribution ends there. */
export const ENGLISH_AFTER_INTRANSITIVE = `
and
as
when
while
with
of
to
in
on
at
before
after
during
from
about
back
out
up
again
then
once
later
earlier
today
yesterday
tonight
afterward
afterwards
`;

/** Words that may open the subject of a trailing attribution ("…," the senator said). */
export const ENGLISH_SUBJECT_OPENERS = `
the
a
an
his
her
their
its
one
another
he
she
they
we
i
it
you
`;

/** Lowercase words after a quotation that go on the sentence rather than open the attribution's subject. */
export const ENGLISH_NOT_SUBJECT_OPENERS = `
and
but
or
nor
so
yet
then
than
as
if
while
when
whereas
because
since
though
although
unless
until
after
before
according
in
on
at
by
for
from
with
without
to
of
about
into
over
under
per
not
no
is
was
were
are
be
been
being
has
have
had
do
does
did
will
would
can
could
may
might
must
shall
should
which
who
whom
whose
that
this
these
those
there
here
what
where
how
why
all
some
many
most
more
less
just
only
even
also
too
very
now
again
still
already
perhaps
maybe
`;

/** Capitalised words that are not part of a person's name when they come before a surname. */
export const ENGLISH_NOT_NAMES = `
neither
either
both
not
only
even
mr
mrs
ms
dr
prof
professor
president
senator
sen
rep
representative
judge
mayor
governor
minister
secretary
chancellor
king
queen
prince
princess
pope
bishop
general
gen
captain
chief
director
spokesperson
spokesman
spokeswoman
the
a
an
and
of
in
on
at
for
with
by
to
from
former
told
said
says
but
when
while
after
before
if
as
mp
ceo
superintendent
admiral
commandant
assemblywoman
assemblyman
congressman
congresswoman
lord
lady
sir
dame
saint
st
emeritus
deputy
vice
prime
foreign
state
first
coach
officer
detective
inspector
sergeant
lieutenant
colonel
major
leader
chair
chairman
chairwoman
one
two
three
four
five
six
seven
eight
nine
ten
prosecutor
attorney
lawyer
monday
tuesday
wednesday
thursday
friday
saturday
sunday
january
february
march
april
june
july
august
september
october
november
december
last
yesterday
today
# A sentence's first word is capitalised: "Without Nigeria the zone …" never makes "Without" part of a name.
without
within
against
despite
under
over
into
through
during
since
until
unlike
like
among
between
about
across
behind
beyond
near
toward
towards
upon
via
than
or
nor
so
yet
because
although
though
unless
whether
where
how
why
what
who
which
this
that
these
those
it
he
she
they
we
i
you
his
her
their
our
my
your
its
there
here
then
now
also
however
meanwhile
`;

/** "One MP" is not "One interviewee", "Some officials" not "Some protesters". */
export const ENGLISH_GENERIC_HEADS = `
one
some
several
many
most
all
two
three
another
other
few
both
local
senior
former
`;

/** Abbreviations whose final dot does not end a sentence ("Dr.", "Sen."). */
export const ENGLISH_ABBREVIATIONS = `
Mr
Mrs
Ms
Dr
Prof
Gen
Lt
Col
Sgt
Rev
St
Jr
Sr
Gov
Sen
Rep
Capt
No
Vol
vs
Inc
Co
Corp
Ltd
Mt
Hon
د
`;

/** US states as news agencies abbreviate them ("Allentown, Pa., said") and months before a day ("Jan. 31"): a sentence ends there only before a sentence opener. */
export const ENGLISH_PLACE_AND_DATE_ABBREVIATIONS = `
Ala
Ariz
Ark
Calif
Colo
Conn
Del
Fla
Ga
Ill
Ind
Kan
Ky
La
Md
Mass
Mich
Minn
Miss
Mo
Mont
Neb
Nev
Okla
Ore
Pa
Tenn
Tex
Va
Vt
Wash
Wis
Wyo
Jan
Feb
Aug
Sept
Oct
Nov
Dec
`;

/** Words that, capitalised after "U.S.", start a new sentence rather than go on a name ("…in the U.S. He says"). */
export const ENGLISH_SENTENCE_OPENERS = `
He
She
They
It
We
I
The
This
That
These
Those
But
And
In
On
At
A
An
His
Her
Their
Its
There
As
After
When
While
If
`;

// Small closed classes of one grammatical position each, read as anchored patterns in english.ts and english-frames.ts.

/** Words before a gerund whose object may open on an -ed adjective ("for protecting alleged abusers"). */
export const ENGLISH_GERUND_GOVERNORS = `
and
or
of
for
by
from
in
on
about
without
`;

/** Words after an -ed form that make it a verb, not an adjective before its noun. */
export const ENGLISH_NOT_NOUN_AFTER_ED = `
that
to
on
in
at
by
for
with
about
during
after
before
as
`;

/** Words after which "that" opens a clause of content ("the fact that", "so that"), not a relative clause. */
export const ENGLISH_COMPLEMENT_THAT_WORDS = `
so
such
now
than
fact
idea
notion
claim
view
belief
hope
fear
news
`;

/** Lowercase words that may stand inside a subject before its verb ("the former top aide"). */
export const ENGLISH_SUBJECT_INNER_WORDS = `
the
a
an
of
and
his
her
their
its
former
new
top
senior
then
`;

/** Verb forms that cast their object as a quoted word ("dismissed as" is found by its "as"). */
export const ENGLISH_CASTING_VERBS = `
called
calling
labeled
labelled
branded
dubbed
described
declared
termed
deemed
`;

/** Prepositions after which a cue word is a noun ("amid reports", "despite claims"). */
export const ENGLISH_PREPOSITIONS_BEFORE_NOUN_CUE = `
among
amongst
of
with
for
from
about
despite
amid
`;

/** Words of degree before which an -ing cue form is an adjective ("most telling"). */
export const ENGLISH_DEGREE_WORDS = `
most
more
less
least
very
so
too
quite
particularly
especially
`;

/** Forms of report and add, which before "to" report nothing ("reported to the hospital", "added to the list"). */
export const ENGLISH_REPORT_TO_FORMS = `
reported
reports
report
reporting
add
adds
added
adding
`;

/** Words that open an indirect question ("asked whether …"). */
export const ENGLISH_QUESTION_OPENERS = `
if
whether
how
what
why
about
when
where
who
`;

/** Words that open a phrase of time or place after a participle ("released on Wednesday,"). */
export const ENGLISH_REDUCED_RELATIVE_OPENERS = `
on
in
at
last
this
earlier
yesterday
today
by
`;

/** Words after "to" that open a person or group spoken to ("to the committee", "to reporters"). */
export const ENGLISH_ADDRESSEE_OPENERS = `
the
a
an
his
her
their
its
our
him
them
us
me
police
reporters
journalists
officials
lawmakers
voters
supporters
`;

/** Verbs an -ing form completes ("kept saying", "stopped telling"): the -ing form opens no participle clause. */
export const ENGLISH_ASPECT_VERBS = `
busy
kept
keeps
keep
started
starts
stop
stopped
`;

/** Words after "call(s)" that make it a verb ("calls on", "calls it"). */
export const ENGLISH_AFTER_CALLS_VERB = `
on
for
it
him
her
them
this
that
the
`;

/** Words before a judgement verb that make it negated or passive. */
export const ENGLISH_NEGATION_AND_BE = `
not
never
be
been
being
was
were
is
are
`;

/** Determiners that open the object of a judgement ("criticized the accord"). */
export const ENGLISH_JUDGED_OBJECT_OPENERS = `
the
a
an
his
her
their
its
this
that
these
those
`;

/** Words that open what a document shows ("found broad support", "shows 40 percent …"); an entry may be a pattern. */
export const ENGLISH_FINDING_OPENERS = String.raw`
the
a
an
most
many
some
several
few
all
no
more
less
broad
strong
little
\d.*
`;

/** Words that open a clause's subject right after a verb of belief ("think the plan …"). */
export const ENGLISH_CLAUSE_SUBJECT_OPENERS = `
the
a
an
this
these
those
there
its
their
his
her
our
most
many
some
all
no
every
more
`;

/** Words after a verb of belief that show no clause follows ("believe in", "think about"). */
export const ENGLISH_NO_CLAUSE_AFTER_BELIEF = `
in
about
of
for
on
to
with
at
from
so
it
me
him
her
them
us
you
`;

/** Nouns of polls, studies and documents, whose verb reports what they show; entries are patterns. */
export const ENGLISH_DOCUMENT_NOUNS = `
polls?
polling
surveys?
study
studies
reports?
analysis
analyses
research
reviews?
audits?
investigations?
census
records
documents
e?-?mails?
figures
numbers
findings
results
tests?
memos?
filings?
videos?
footage
tally
count
returns
`;

/** Words after a verb with no object that end an attribution ("…," he said at a rally). */
export const ENGLISH_ATTRIBUTION_ENDS = `
to
of
at
in
on
with
before
after
during
as
from
when
while
about
`;

/** Capitalised determiners and pronouns that open a sentence of their own after a quotation's ? or !. */
export const ENGLISH_CAPITALISED_OPENERS = `
The
A
An
This
That
These
Those
It
Its
`;

/** Words two after an adverb and "that" which show "that" is the object ("proposed just that in 2013"). */
export const ENGLISH_AFTER_THAT_AS_OBJECT = `
in
on
at
for
to
with
by
from
during
after
before
last
this
again
`;

/** Prepositions that govern a name before a colon, which is then no speaker label. */
export const ENGLISH_PREPOSITIONS_BEFORE_LABEL = `
to
for
with
at
from
about
against
on
in
of
by
`;

/** Lowercase words inside a speaker label before a colon ("Friends of the Earth:", "Clinton camp:"). */
export const ENGLISH_LABEL_SMALL_WORDS = `
of
the
and
camp
for
on
to
at
`;

/** Words between "issued" and "statement" ("issued a brief written statement"). */
export const ENGLISH_STATEMENT_MODIFIERS = `
a
an
the
its
their
following
brief
short
joint
written
new
`;

/** Prepositions that govern a place named right before a naming cue ("a program at the Hall called …"). */
export const ENGLISH_PLACE_PREPOSITIONS = `
at
in
on
of
for
from
with
about
`;

/** Determiners and possessives that open an addressee after "told". */
export const ENGLISH_ADDRESSEE_DETERMINERS = `
a
an
his
her
their
its
our
my
`;

/** Addressees of a cue written alone ("told reporters", "told parliament"); any case. */
export const ENGLISH_ADDRESSEES = `
reporters
journalists
wikinews
him
her
them
us
me
parliament
congress
lawmakers
supporters
`;

/** Nouns that head an addressee after a determiner ("told the press", "told the committee"); any case. */
export const ENGLISH_ADDRESSEE_HEADS = `
press
media
reporters
correspondent
paper
audience
crowd
court
jury
committee
newspaper
agency
bbc
`;

/** Prepositions that open a phrase of place or time between a cue and its quotation ("declared in the spin room, "). */
export const ENGLISH_PHRASE_BEFORE_QUOTE_OPENERS = `
in
at
on
during
from
after
before
outside
inside
about
of
`;

/** Words of time (and "also") between a cue and its content. */
export const ENGLISH_TIME_ADVERBS_AFTER_CUE = `
yesterday
today
tonight
monday
tuesday
wednesday
thursday
friday
saturday
sunday
earlier
later
previously
recently
also
`;

/** Prepositions that open a phrase between a cue and its "that" ("wrote in a note to clients that"). */
export const ENGLISH_PREPOSITIONS_BEFORE_THAT = `
in
on
at
via
during
through
to
with
`;

/** Prepositions at which the walk back from "that" over the object before it stops. */
export const ENGLISH_PREPOSITIONS_BEFORE_OBJECT = `
of
to
for
with
from
by
at
in
on
about
`;

/** Prepositions at which the walk back over a relative pronoun's antecedent stops. */
export const ENGLISH_ANTECEDENT_ENDS = `
to
for
with
from
by
at
in
on
about
than
against
over
under
`;

/** Prepositions that open a comma segment cut out of a phrase, which is then no subject. */
export const ENGLISH_CUT_PHRASE_OPENERS = `
of
to
for
with
from
by
at
than
`;

/** Capitalised small words of an institution's name, which make no title. */
export const ENGLISH_CAPITALISED_SMALL_WORDS = `
The
A
An
Of
And
In
At
On
For
`;

/** Time nouns that, capitalised past the clause's first word, are surnames ("Day said"). */
export const ENGLISH_TIME_NOUNS_AS_NAMES = `
week
weekend
month
year
morning
afternoon
evening
night
day
`;

/** Adverbs that open a subject's segment as an introduction ("Meanwhile Ford said"). */
export const ENGLISH_INTRO_ADVERBS = `
also
however
but
so
then
meanwhile
separately
additionally
still
earlier
later
yesterday
today
yet
maybe
perhaps
indeed
instead
`;

/** Words that open a modifier after a subject's head ("Doug Miller of Milltech", "Smith, who …"). */
export const ENGLISH_HEAD_MODIFIER_OPENERS = `
of
from
at
with
in
who
which
whose
for
on
known
interviewed
based
`;

/** Words that only date or qualify a title ("Former", "Acting"), which no name follows as a title. */
export const ENGLISH_DATING_TITLE_WORDS = `
former
then
acting
late
ex
outgoing
incoming
new
vice
`;

/** Words that open a circumstance after a cue ("said in a video message", "said matter-of-factly"). */
export const ENGLISH_CIRCUMSTANCE_OPENERS = `
in
at
on
during
after
before
via
through
amid
with
without
to
from
matter-of-factly
`;

/** Subordinators that open a parenthetical clause between commas. */
export const ENGLISH_PARENTHETICAL_SUBORDINATORS = `
if
unless
when
whenever
because
although
though
while
since
once
after
before
until
as
`;

/** Words that open a described source after the cue ("said the senior official"). */
export const ENGLISH_DESCRIBED_SOURCE_OPENERS = `
the
a
an
several
many
some
most
both
other
two
three
four
five
local
senior
top
`;

/** Prepositions that open a phrase after a participle ("briefed on the plan"). */
export const ENGLISH_PARTICIPLE_PREPOSITIONS = `
in
on
at
by
for
from
of
with
about
into
over
under
`;

/** Words that leave a phrase open right before an inserted source frame ("followed by, according to …, nearly 2000 people"). */
export const ENGLISH_PHRASE_OPEN_BEFORE_FRAME = `
by
of
to
with
for
at
in
on
from
about
than
after
before
because
since
while
when
that
`;

/** Words that open a phrase of time after a named source and its comma. */
export const ENGLISH_TIME_PHRASE_OPENERS = `
during
on
in
at
after
before
since
over
last
earlier
later
this
`;

/** Words that open an apposition after a source and its comma ("Dennis Ross, another envoy,"). */
export const ENGLISH_APPOSITION_OPENERS = `
a
an
another
the
one
its
his
her
their
`;

/** Words after ", but" that open a new clause of the same subject (", but he said …"). */
export const ENGLISH_AFTER_BUT_NEW_CLAUSE = `
he
she
they
did
does
do
was
were
has
had
declined
refused
would
could
`;

/** Lowercase words inside a name ("Bank of America", "bin Salman", "van Hollen"). */
export const ENGLISH_NAME_SMALL_WORDS = `
of
the
and
for
at
in
on
de
van
von
la
le
da
del
bin
al
ibn
`;

/** Nouns of a span of time ("30 days", "two years later"). */
export const ENGLISH_DURATION_NOUNS = `
seconds
minutes
hours
days
weeks
months
years
decades
`;

/**
 * Conjunctions, sentence adverbs and the auxiliaries that open a question ("But Sanders is suggesting …", "Maybe
 * Trump …", "Does Rubio, like Tilton, oppose …"): opening a sentence, never a name's first word. Read, capitalised,
 * with the capitalised words that are never a name (english.ts), and with the function words before a surname
 * (resolve.ts). Never "Will" or "May", which are names too.
 */
export const ENGLISH_NAME_BLOCKING_OPENERS = `
but
and
or
nor
so
yet
then
maybe
perhaps
now
still
also
instead
indeed
already
though
plus
thus
hence
finally
again
does
do
did
is
are
was
were
can
could
should
would
has
have
had
`;

/** What an empty report says: "said nothing about the budget", "has said little on the matter". */
export const ENGLISH_EMPTY_OBJECTS = `
nothing
little
much
anything
something
`;

/** Lowercase heads that make a body's name a person's role: "a White House spokesman", "the Supreme Court justice". */
export const ENGLISH_PERSON_OF_BODY = `
spokesman
spokeswoman
spokesperson
spokesmen
spokeswomen
justice
justices
judge
aide
aides
adviser
advisers
advisor
advisors
official
officials
lawyer
lawyers
attorney
staffer
staffers
employee
employees
member
members
economist
economists
analyst
analysts
strategist
strategists
lobbyist
lobbyists
`;
