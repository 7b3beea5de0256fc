/**
 * English communication and position verbs, one lemma per line; their forms are generated (english-forms in
 * english.ts): base, third person -s, past and participle, -ing.
 *
 * columns: lemma · past (- when regular) · flags:
 *   noun      the base and -s forms are more often nouns ("a report", "the claims"): only past and -ing count
 *   position  reports a view held ("believes", "thinks"): needs a clause after it, never a preposition
 *   evidence  what a document or poll shows ("a survey found"): only with such a subject, or "found that" by anyone
 *   frame     has other senses unless it frames a quotation ('"…," he continued', 'she shouted: "…"')
 *   judgement judges its object: a statement with the object alone ("criticized the move", "condemned that …")
 *   act       also names a deed ("defended its title", "rejected the bill", "dismissed the staff"): a judgement only when
 *             it frames a quotation or gives grounds ("dismissed the report as …", "blamed Clinton for …")
 */
export const ENGLISH_CUES = `
say        said
tell       told
add        -
warn       -
argue      -
claim      -         noun
state      -         noun
announce   -
explain    -
note       -         noun
insist     -
urge       -
call       -         noun
suggest    -
report     -         noun
allege     -
confirm    -
deny       -
describe   -
emphasize  -
emphasise  -
stress     -         noun
remark     -         noun
tweet      -         noun
write      wrote
acknowledge -
agree      -
caution    -         noun
indicate   -
reveal     -
pledge     -         noun
propose    -
recommend  -
request    -         noun
ask        -
encourage  -
recall     -         noun
admit      admitted
predict    -
disclose   -
declare    -
comment    -         noun
respond    -
reply      -         noun
share      -         noun
accuse     -
maintain   -         position
conclude   -
concede    -
estimate   -         noun
vow        -         noun
promise    -         noun
threaten   -
question   -         noun
wonder     -         noun
advise     -
inform     -
assert     -
contend    -
complain   -
boast      -         noun   frame
brag       bragged         frame
joke       -         noun   frame
quip       quipped   noun   frame
exclaim    -         frame
shout      -         noun   frame
whisper    -         noun   frame
mutter     -         noun   frame
murmur     -         noun   frame
shriek     -         noun   frame
yell       -         frame
scream     -         frame
chant      -         noun   frame
retort     -         noun   frame
counter    -         noun   frame
continue   -         frame
declare    -
testify    -
repeat     -         frame
reiterate  -
observe    -         frame
mention    -         noun
acknowledge -
confess    -         frame
blast      -         noun   judgement
slam       slammed   noun   judgement act
criticize  -         judgement
criticise  -         judgement
praise     -         noun   judgement
demand     -         noun
predict    -
answer     -         noun   frame
post       -         noun   frame
elaborate  -
clarify    -
hint       -         noun
speculate  -
muse       -         frame
read       read      frame
gush       -         frame
affirm     -
reaffirm   -
reassure   -
swear      swore
guarantee  -
underscore -
highlight  -
forecast   forecast  noun
signal     -         noun
stipulate  -
specify    -
recount    -
lament     -
bemoan     -
grumble    -
dispute    -         noun
rebut      rebutted
refute     -
inquire    -
proclaim   -
divulge    -
confide    -
rule       -         noun
imply      -
theorize   -
posit      -
hypothesize -
opine      -
implore    -
blame      -         noun   judgement act
dismiss    -         judgement act
reject     -         judgement act
defend     -         judgement act
refer      referred  judgement act
point      -         noun
mock       -         judgement
attack     -         noun   frame
denounce   -         judgement
decry      -         judgement
thank      -         frame
welcome    -         frame
echo       -         noun   frame
tout       -         frame
hail       -         frame
condemn    -         judgement
remind     -
assure     -
portray    -         judgement act
express    -         judgement
assail     -         judgement
lambaste   -         judgement
chide      -         judgement
rebuke     -         judgement
scold      -         judgement
applaud    -         frame
scoff      -         frame
sneer      -         frame
snap       snapped   frame
bark       -         frame
sigh       -         frame
laugh      -         frame
interject  -         frame
interrupt  -         frame
chime      -         frame
believe    -         position
think      thought   position
fear       -         position
expect     -         position
doubt      -         position
suspect    -         position
worry      -         position
assume     -         position
reckon     -         position
figure     -         position
guess      -         position
realize    -         position
realise    -         position
recognize  -         position
recognise  -         position
trust      -         position
imagine    -         position
presume    -         position
sense      -         position
understand understood position
show       showed    evidence
find       found     evidence
determine  -         position
relate     -         frame
intimate   -         frame
insinuate  -         frame
charge     -         noun   frame
fume       -         frame
plead      -         frame
protest    -         noun   frame
object     -         noun   frame
groan      -         frame
whine      -         frame
gloat      -         frame
pronounce  -         frame
relay      -         frame
retweet    -         noun   frame
aver       averred
laud       -         judgement
deride     -         judgement
ridicule   -         judgement
admonish   -         judgement
commend    -         judgement
characterize -       judgement act
`;

/** Irregular past forms: a verb for the chunker when it decides where a subject ends ("Mrs. Clinton shook her head and said"). */
export const ENGLISH_IRREGULAR_PAST = `
sang
spoke
said
told
wrote
met
went
gave
made
took
came
saw
ran
won
lost
left
held
sat
stood
led
began
brought
thought
felt
found
kept
sent
became
put
set
read
heard
fought
struck
sought
taught
threw
shot
swore
shook
knew
grew
drew
flew
blew
wore
tore
bore
broke
chose
froze
rose
drove
rode
woke
forgot
forgave
hid
bit
fell
cut
hit
cost
hurt
spread
shut
ate
hung
dug
stuck
spun
swung
slid
stole
sank
shrank
sprang
bought
caught
meant
dealt
built
lent
spent
bent
slept
swept
wept
crept
knelt
leapt
dreamt
burnt
learnt
paid
laid
fled
fed
bled
sped
understood
withdrew
overcame
undertook
beheld
foresaw
mistook
overthrew
oversaw
`;

/** Words that begin a participle clause ending the content before it: "…, referring to …", "…, citing …". */
export const ENGLISH_CLAUSE_PARTICIPLES = `
referring
citing
pointing
calling
`;

/** Words before a colon that label what follows rather than name who says it ("Image: …", "Update: …", "Poll: …"). */
export const ENGLISH_NOT_SPEAKER_LABELS = `
image
images
photo
photos
picture
video
videos
audio
note
notes
update
updates
source
sources
credit
credits
caption
correction
related
watch
listen
tags
tag
posted
by
read
see
more
also
warning
breaking
exclusive
live
transcript
question
answer
q
a
subscribe
follow
email
contact
disclosure
full
text
abstract
summary
editor
editors
advertisement
file
map
chart
graphic
data
results
result
poll
polls
survey
story
stories
headline
headlines
topics
topic
location
date
time
when
where
what
why
how
who
price
cost
age
job
pay
city
name
title
status
latest
remember
notice
stat
`;

/** Lowercase words in -ly that are nouns, not manner adverbs ("the family said", not "she quickly noted"). */
export const ENGLISH_LY_NOUNS = `
family
rally
supply
assembly
ally
reply
anomaly
monopoly
butterfly
bully
belly
jelly
lily
tally
folly
melancholy
homily
italy
`;

/**
 * Closed-class words that never end a phrase naming a source: a mention that ends in one ("Congress when",
 * "toward", "that" before "read:") is a misparse, and the speaker is left to the article's history instead.
 */
export const ENGLISH_NEVER_SPEAKER_HEADS = `
to
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
by
over
under
against
between
among
within
about
when
while
if
because
after
before
since
although
though
unless
whether
until
and
or
but
that
why
how
what
where
`;

/**
 * The terms a source spoke on, which a cue's object can name without reporting anything ("who requested anonymity
 * to discuss …", "responded anonymously", "asking for anonymity"). A content that opens with one is no statement.
 */
export const ENGLISH_SOURCING_TERMS = `
anonymity
anonymously
condition of anonymity
not to be named
not to be identified
on background
off the record
`;

/**
 * Words that open a sentence ahead of a quotation without making it anyone else's ('… he said outside the
 * building. But "Donald Trump's candidacy is strengthened …"', 'Indeed, "We cite in our memo …"'): the quotation
 * still goes on with the statement before it.
 */
export const ENGLISH_QUOTATION_CONNECTIVES = `
and
but
yet
still
so
indeed
now
specifically
instead
again
also
plus
`;

/** Compound nouns whose first word is a cue ("The Atlantic Council think tank called …", "she had a trust fund"). */
export const ENGLISH_CUE_COMPOUNDS = `
think tank
think tanks
trust fund
trust funds
`;

/** How something was said, between the cue and its content: "has said publicly the Amazon should be opened". */
export const ENGLISH_SPEECH_MANNER_ADVERBS = `
publicly
privately
repeatedly
again
openly
explicitly
flatly
bluntly
candidly
frankly
firmly
emphatically
separately
confidently
angrily
proudly
quietly
loudly
jokingly
falsely
wrongly
plainly
directly
formally
officially
unequivocally
categorically
`;

/**
 * The first cue forms, which the lemma table's forms then join (english.ts). Some are here on purpose although the
 * table's flags would leave them out: "sharing", "responding" and "reporting" as cues of their own, "report(s)" and
 * "credit(s)" as verbs.
 */
export const ENGLISH_FIRST_CUE_FORMS = `
said
says
say
saying
told
tells
telling
add
added
adds
adding
warned
warns
warning
argued
argues
claimed
claims
claiming
stated
announced
announces
explained
explains
noted
insisted
insists
urged
urges
called
suggested
suggests
reported
alleged
alleges
confirmed
confirms
denied
denies
described
describes
emphasized
emphasised
emphasizing
stressed
remarked
remarking
tweeted
wrote
writes
acknowledged
agreed
cautioned
indicated
revealed
pledged
proposed
recommended
recommending
requested
asked
encouraged
recalled
admitted
predicted
disclosed
declared
commented
responded
replied
sharing
accused
credit
credits
concluded
conceded
estimated
vowed
promised
threatened
questioned
wondered
report
reports
reporting
indicates
advises
advised
recalls
shared
shares
responding
pointed
informed
`;
