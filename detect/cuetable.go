package detect

// cueWords is the one table of cue words: every word form that can
// introduce an attribution, with its class (speech or attitude), its
// strength as a reporting verb (how reliably the form reports speech when
// used as a verb; 0 = only in the constructions its flags name) and the
// constructions it takes:
//
//	clause    a cue only before a clause ("found that", "the report that")
//	tell      takes an addressee first ("told reporters that")
//	adjacent  only introduces a direct quote next to it ("he continued")
//	raising   an attitude before "to" ("plans to", "is expected to")
//	topic     speech about a topic after a preposition ("talked about")
//	noun      a noun of speech with a that-clause ("her claim that")
//	nounlike  more often a noun after a preposition ("in support")
//	object    a plain noun-phrase object is another sense, no report
//	          ("added a goal", "wrote a letter"; reporting takes a clause)
//	hearsay   an adverb reporting what unnamed others say ("X reportedly
//	          did Y"): the clause around it is the content, with no source
//	forecast  its noun-phrase object is what it foretells ("forecast
//	          rain for Wednesday", "predicted a close race")
//	evidential a raising verb whose subject holds no attitude ("appears
//	          to be hurting"): a cue only before a verb of speech or
//	          thought ("seemed to suggest")
//
// The strengths come from how often each form is a cue in PolNeAR train
// (fit part). A word appears once; init refuses a repeated word.
const cueWords = `
accusation     speech   0.0 noun
accusations    speech   0.0 noun
accuse         speech   0.6
accused        speech   0.6
accuses        speech   0.6
accusing       speech   0.6
acknowledge    speech   1.0
acknowledged   speech   1.0
acknowledges   speech   1.0
acknowledging  speech   1.0
add            speech   1.0 object
added          speech   1.0 object
adding         speech   1.0 object
adds           speech   1.0 object
admission      speech   0.0 noun
admit          speech   1.0
admits         speech   1.0
admitted       speech   1.0
admitting      speech   1.0
affirm         speech   1.0
affirmed       speech   1.0
affirms        speech   1.0
agree          speech   0.6 raising
agreed         speech   0.6 raising
agrees         speech   0.6 raising
aim            attitude 0.0 raising
aimed          attitude 0.0 raising
aiming         attitude 0.0 raising
aims           attitude 0.0 raising
allegation     speech   0.0 noun
allegations    speech   0.0 noun
allege         speech   1.0
alleged        speech   1.0
allegedly      speech   0.0 hearsay
alleges        speech   1.0
alleging       speech   1.0
announce       speech   1.0
announced      speech   1.0
announcement   speech   0.0 noun
announces      speech   1.0
announcing     speech   1.0
answer         speech   0.5 clause nounlike
answered       speech   1.0
answering      speech   1.0
apologized     speech   0.6
appear         attitude 0.0 raising evidential
appeared       attitude 0.0 raising evidential
appears        attitude 0.0 raising evidential
argue          speech   1.0 topic
argued         speech   1.0 topic
argues         speech   1.0 topic
arguing        speech   1.0 topic
argument       speech   0.0 noun
ask            speech   1.0 tell topic
asked          speech   1.0 tell topic
asking         speech   1.0 tell topic
asks           speech   1.0 tell topic
assail         speech   0.6
assailed       speech   0.6
assert         speech   1.0
asserted       speech   1.0
asserting      speech   1.0
assertion      speech   0.0 noun
assertions     speech   0.0 noun
asserts        speech   1.0
assure         speech   1.0 tell
assured        speech   1.0 tell
assures        speech   1.0 tell
backed         attitude 0.6
backing        attitude 0.6
backs          attitude 0.6
began          speech   0.0 adjacent
begin          speech   0.0 adjacent
begins         speech   0.0 adjacent
belief         attitude 0.0 noun
believe        attitude 0.5 clause
believed       attitude 0.5 clause
believes       attitude 0.5 clause
blame          speech   0.6
blamed         speech   0.6
blames         speech   0.6
blast          speech   0.6
blasted        speech   0.6
blasts         speech   0.6
boast          speech   1.0 topic
boasted        speech   1.0 topic
boasts         speech   1.0 topic
call           speech   0.6 topic
called         speech   0.6 topic
calling        speech   0.6 topic
calls          speech   0.6 topic
caution        speech   1.0
cautioned      speech   1.0
cautions       speech   1.0
chanted        speech   0.6
charge         speech   0.5 clause nounlike
charged        speech   1.0
chimed         speech   0.0 adjacent
cite           speech   0.6
cited          speech   0.6
cites          speech   0.6
citing         speech   0.6
claim          speech   0.5 noun nounlike
claimed        speech   1.0
claiming       speech   1.0
claims         speech   0.5 noun nounlike
clarified      speech   1.0
clarifies      speech   1.0
clarify        speech   1.0
comment        speech   0.5 clause topic nounlike
commented      speech   1.0 topic
commenting     speech   1.0 topic
comments       speech   0.5 clause topic nounlike
complain       speech   1.0 topic
complained     speech   1.0 topic
complaining    speech   1.0 topic
complains      speech   1.0 topic
concede        speech   1.0
conceded       speech   1.0
concedes       speech   1.0
conceding      speech   1.0
conclude       speech   1.0 clause
concluded      speech   1.0 clause adjacent
concludes      speech   1.0 clause
condemn        speech   0.6
condemned      speech   0.6
condemns       speech   0.6
confirm        speech   1.0
confirmed      speech   1.0
confirming     speech   1.0
confirms       speech   1.0
congratulate   speech   0.6
congratulated  speech   0.6
congratulating speech   0.6
contend        speech   1.0
contended      speech   1.0
contends       speech   1.0
contention     speech   0.0 noun
continue       speech   0.0 adjacent
continued      speech   0.0 adjacent
continues      speech   0.0 adjacent
countered      speech   0.6
cried          speech   0.0 adjacent
criticise      speech   0.6
criticised     speech   0.6
criticize      speech   0.6
criticized     speech   0.6
criticizes     speech   0.6
criticizing    speech   0.6
declare        speech   1.0
declared       speech   1.0
declares       speech   1.0
declaring      speech   1.0
decide         attitude 0.0 raising
decided        attitude 0.0 raising
decides        attitude 0.0 raising
decline        attitude 0.0 raising
declined       attitude 0.0 raising
declines       attitude 0.0 raising
decried        speech   0.6
decry          speech   0.6
defend         speech   0.6
defended       speech   0.6
defending      speech   0.6
defends        speech   0.6
denied         speech   1.0
denies         speech   1.0
denounce       speech   0.6
denounced      speech   0.6
denounces      speech   0.6
deny           speech   1.0
denying        speech   1.0
describe       speech   0.6
described      speech   0.6
describes      speech   0.6
describing     speech   0.6
disclosed      speech   0.6
discuss        speech   0.6
discussed      speech   0.6
discusses      speech   0.6
discussing     speech   0.6
dismiss        speech   0.6
dismissed      speech   0.6
dismisses      speech   0.6
doubt          attitude 0.5 clause
doubts         attitude 0.5 clause
echo           speech   0.5 clause nounlike
echoed         speech   0.5
echoes         speech   0.5 clause
elaborated     speech   1.0
emailed        speech   0.6
emphasise      speech   1.0
emphasised     speech   1.0
emphasises     speech   1.0
emphasize      speech   1.0
emphasized     speech   1.0
emphasizes     speech   1.0
emphasizing    speech   1.0
endorse        attitude 0.6
endorsed       attitude 0.6
endorses       attitude 0.6
estimate       speech   0.5 clause nounlike
estimated      speech   1.0 clause
estimates      speech   0.5 clause nounlike
exclaim        speech   1.0
exclaimed      speech   1.0
exclaims       speech   1.0
expect         attitude 0.5 clause
expected       attitude 0.5 clause raising
expects        attitude 0.5 clause
explain        speech   1.0
explained      speech   1.0
explaining     speech   1.0
explains       speech   1.0
express        speech   0.6
expressed      speech   0.6
expresses      speech   0.6
favor          attitude 0.6 nounlike
favored        attitude 0.6
favors         attitude 0.6
favour         attitude 0.6 nounlike
favoured       attitude 0.6
favours        attitude 0.6
fear           attitude 0.5 clause
feared         attitude 0.5 clause
fears          attitude 0.5 clause
feel           attitude 0.5 clause
feels          attitude 0.5 clause
felt           attitude 0.5 clause
find           attitude 0.5 clause
finds          attitude 0.5 clause
focus          speech   0.0 topic
focused        speech   0.0 topic
focuses        speech   0.0 topic
focusing       speech   0.0 topic
forecast       speech   0.7 forecast
forecasted     speech   0.7 forecast
forecasting    speech   0.7 forecast
forecasts      speech   0.5 forecast
found          attitude 0.5 clause
hint           speech   0.6
hinted         speech   0.6
hints          speech   0.6
hope           attitude 0.5 clause raising
hoped          attitude 0.5 clause raising
hopes          attitude 0.5 clause raising
implied        speech   0.6
implies        speech   0.6
imply          speech   0.6
indicate       speech   1.0
indicated      speech   1.0
indicates      speech   1.0
indicating     speech   1.0
inform         speech   1.0 tell
informed       speech   1.0 tell
informing      speech   1.0 tell
informs        speech   1.0 tell
insist         speech   1.0 adjacent
insisted       speech   1.0
insistence     speech   0.0 noun
insisting      speech   1.0
insists        speech   1.0
intend         attitude 0.0 raising
intended       attitude 0.0 raising
intends        attitude 0.0 raising
interjected    speech   0.0 adjacent
interrupted    speech   0.0 adjacent
joke           speech   1.0 topic
joked          speech   1.0 topic
jokes          speech   1.0
knew           attitude 0.5 clause
know           attitude 0.5 clause
knows          attitude 0.5 clause
lament         speech   1.0
lamented       speech   1.0
laments        speech   1.0
lash           speech   0.0 topic
lashed         speech   0.0 topic
laughed        speech   0.0 adjacent
learn          attitude 0.5 clause
learned        attitude 0.5 clause
learns         attitude 0.5 clause
liken          speech   0.6
likened        speech   0.6
maintain       speech   1.0
maintained     speech   1.0
maintains      speech   1.0
mention        speech   0.5 nounlike
mentioned      speech   1.0
mentions       speech   1.0
mock           speech   0.6
mocked         speech   0.6
mocks          speech   0.6
mused          speech   0.0 adjacent
nodded         speech   0.0 adjacent
note           speech   1.0
noted          speech   1.0 adjacent
notes          speech   1.0 clause
noting         speech   1.0
objected       speech   0.6
observe        speech   1.0
observed       speech   1.0 adjacent
observes       speech   1.0
observing      speech   1.0
offer          speech   0.6 adjacent
offered        speech   0.6 adjacent
offers         speech   0.0 adjacent
oppose         attitude 0.6
opposed        attitude 0.6
opposes        attitude 0.6
opposing       attitude 0.6
plan           attitude 0.0 raising
planned        attitude 0.0 raising
plans          attitude 0.0 raising
pleaded        speech   0.6 adjacent
pledge         speech   1.0 raising noun
pledged        attitude 1.0 raising
pledges        attitude 1.0 raising
pledging       speech   1.0
point          speech   0.0 topic
pointed        speech   0.6 topic
pointing       speech   0.0 topic
points         speech   0.0 topic
posted         speech   0.5
praise         speech   0.6
praised        speech   0.6
praises        speech   0.6
praising       speech   0.6
predict        speech   1.0 clause forecast
predicted      speech   1.0 clause forecast
predicting     speech   1.0 forecast
prediction     speech   0.0 noun
predicts       speech   1.0 clause forecast
prefer         attitude 0.6
preferred      attitude 0.6
prefers        attitude 0.6
proclaim       speech   1.0
proclaimed     speech   1.0
proclaims      speech   1.0
project        attitude 0.5 clause
projected      attitude 0.5 clause
projects       attitude 0.5 clause
promise        speech   0.5 raising noun nounlike
promised       speech   1.0 raising
promises       speech   0.5 raising nounlike
promising      speech   0.5 raising
propose        speech   0.6
proposed       speech   0.6
proposes       speech   0.6
purportedly    speech   0.0 hearsay
question       speech   0.6 clause nounlike
questioned     speech   0.6
quip           speech   1.0
quipped        speech   1.0
quips          speech   1.0
rail           speech   0.6
railed         speech   0.6
read           speech   0.0 adjacent
reads          speech   0.0 adjacent
rebutted       speech   1.0
recall         speech   1.0 adjacent
recalled       speech   1.0
recalling      speech   1.0
recalls        speech   1.0
recommend      speech   0.6
recommended    speech   0.6
recommending   speech   0.6
recommends     speech   0.6
refer          speech   0.0 topic
referred       speech   0.6 topic
referring      speech   0.6 topic
refers         speech   0.0 topic
refuse         attitude 0.0 raising
refused        attitude 0.0 raising
refuses        attitude 0.0 raising
reiterate      speech   1.0
reiterated     speech   1.0
reiterates     speech   1.0
reiterating    speech   1.0
reject         speech   0.6
rejected       speech   0.6
rejects        speech   0.6
remark         speech   1.0 clause nounlike
remarked       speech   1.0
remarking      speech   1.0
remarks        speech   1.0 clause nounlike
remind         speech   1.0 tell
reminded       speech   1.0 tell
reminding      speech   1.0 tell
reminds        speech   1.0 tell
replied        speech   1.0 topic
replies        speech   1.0
reply          speech   1.0 topic
replying       speech   1.0
report         speech   0.5 clause nounlike
reported       speech   1.0
reportedly     speech   0.0 hearsay
reporting      speech   0.5
reports        speech   0.5 clause nounlike
respond        speech   1.0 topic
responded      speech   1.0 topic
responding     speech   1.0 topic
responds       speech   1.0 topic
retorted       speech   1.0
retweeted      speech   0.6
reveal         speech   1.0
revealed       speech   1.0
revealing      speech   1.0
reveals        speech   1.0
ruled          speech   0.5 clause
rules          speech   0.5 clause
ruling         speech   0.5 clause
said           speech   1.0 topic
say            speech   1.0 topic
saying         speech   1.0
says           speech   1.0 topic
scoffed        speech   1.0
screamed       speech   0.0 adjacent
seem           attitude 0.0 raising evidential
seemed         attitude 0.0 raising evidential
seems          attitude 0.0 raising evidential
seek           attitude 0.0 raising
seeking        attitude 0.0 raising
seeks          attitude 0.0 raising
shouted        speech   0.6 adjacent
show           attitude 0.5 clause
showed         attitude 0.5 clause
shown          attitude 0.5 clause
shows          attitude 0.5 clause
shrugged       speech   0.0 adjacent
sighed         speech   0.0 adjacent
signal         speech   0.6
signaled       speech   0.6
signalled      speech   0.6
slam           speech   0.6
slammed        speech   0.6
slams          speech   0.6
smiled         speech   0.0 adjacent
speak          speech   0.0 topic
speaking       speech   0.0 topic
speaks         speech   0.0 topic
specified      speech   1.0
specify        speech   1.0
speculated     speech   1.0
sought         attitude 0.0 raising
spoke          speech   0.0 topic
state          speech   0.5 clause nounlike
stated         speech   1.0
statement      speech   0.0 noun
statements     speech   0.0 noun
states         speech   0.5 clause nounlike
stating        speech   1.0
stress         speech   1.0
stressed       speech   1.0
stresses       speech   1.0
stressing      speech   1.0
suggest        speech   1.0
suggested      speech   1.0
suggesting     speech   1.0
suggestion     speech   0.0 noun
suggests       speech   1.0
summed         speech   0.0 adjacent
support        attitude 0.6 nounlike
supported      attitude 0.6
supporting     attitude 0.6
supports       attitude 0.6
supposedly     speech   0.0 hearsay
suspect        attitude 0.5 clause
suspected      attitude 0.5 clause
suspects       attitude 0.5 clause
talk           speech   0.0 topic
talked         speech   0.0 topic
talking        speech   0.0 topic
talks          speech   0.0 topic
tell           speech   1.0 tell
telling        speech   1.0 tell
tells          speech   1.0 tell
testified      speech   1.0 topic
testifies      speech   1.0
testify        speech   1.0 topic
thank          speech   0.6
thanked        speech   0.6
thanking       speech   0.6
think          attitude 0.5 clause
thinks         attitude 0.5 clause
thought        attitude 0.5 clause
threaten       attitude 0.0 raising
threatened     attitude 0.0 raising
threatens      attitude 0.0 raising
told           speech   1.0 tell
touch          speech   0.0 topic
touched        speech   0.0 topic
tout           speech   0.6
touted         speech   0.6
touts          speech   0.6
tweet          speech   1.0 topic
tweeted        speech   1.0 topic
tweeting       speech   1.0 topic
tweets         speech   1.0
underline      speech   1.0
underlined     speech   1.0
underlines     speech   1.0
underlining    speech   1.0
underscore     speech   1.0
underscored    speech   1.0
underscores    speech   1.0
urge           speech   1.0 tell
urged          speech   1.0 tell
urges          speech   1.0 tell
urging         speech   1.0 tell
view           attitude 0.0 noun
voiced         speech   0.6
vow            attitude 1.0 raising
vowed          attitude 1.0 raising
vowing         speech   1.0
vows           attitude 1.0 raising
want           attitude 0.0 raising
wanted         attitude 0.0 raising
wants          attitude 0.0 raising
warn           speech   1.0 tell topic
warned         speech   1.0 tell topic
warning        speech   0.5 tell topic noun nounlike
warnings       speech   0.0 noun
warns          speech   1.0 tell topic
weigh          speech   0.0 topic
weighed        speech   0.0 topic
whispered      speech   0.0 adjacent
wonder         speech   0.6
wondered       speech   0.6
wonders        speech   0.6
worried        attitude 0.5 clause
worries        attitude 0.5 clause
worry          attitude 0.5 clause
write          speech   1.0 topic object
writes         speech   1.0 topic object
writing        speech   1.0 topic object
wrote          speech   1.0 topic object
yelled         speech   0.0 adjacent
`
