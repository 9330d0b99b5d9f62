"""The understanding measured on the held-out corpus (tests/fixtures/understanding/heldout*.jsonl:
utterances written for this by people who did not read the rules, never trained or tuned on)
and on the diagnosed rows (each round's diag half once its misses were read, the fixers' own
sets: handlers/understanding/examples/diagnosed/, trained on since; their floors guard against
falling back). Prints precision and recall per intent and accuracy per value; fails below the
floors."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest

from handlers.understanding import understand
from handlers.understanding.corpus import DIAGNOSED, evaluate, load

FIXTURES = Path(__file__).parents[4] / "tests/fixtures/understanding"
#: Round 4 is scored half by half below (its sealed half must show counts only, and the
#: union's messages quote the texts missed), so the union keeps the files its floors were set on.
ROUND4 = {
    "diag": DIAGNOSED / "heldout_round4_diag.jsonl",
    "sealed": FIXTURES / "heldout_round4_sealed.jsonl",
}
#: Round 5 likewise (issue 16, "a villager understood"), scored half by half at the end.
ROUND5 = {
    "diag": DIAGNOSED / "heldout_round5_diag.jsonl",
    "sealed": FIXTURES / "heldout_round5_sealed.jsonl",
}
#: Round 7 likewise (issue 16, "a villager understood, not matched"), scored half by half.
ROUND7 = {
    "diag": DIAGNOSED / "heldout_round7_diag.jsonl",
    "sealed": FIXTURES / "heldout_round7_sealed.jsonl",
}
#: Round 8 likewise (issue 16 again: new people, new shapes), scored half by half.
ROUND8 = {
    "diag": DIAGNOSED / "heldout_round8_diag.jsonl",
    "sealed": FIXTURES / "heldout_round8_sealed.jsonl",
}
#: Round 9 likewise (issue 16, "a villager understood": threats of shapes the others missed).
ROUND9 = {
    "diag": DIAGNOSED / "heldout_round9_diag.jsonl",
    "sealed": FIXTURES / "heldout_round9_sealed.jsonl",
}
#: Round 10 likewise (issue 16, "a villager understood, not matched": veiled and indirect threats).
ROUND10 = {
    "diag": DIAGNOSED / "heldout_round10_diag.jsonl",
    "sealed": FIXTURES / "heldout_round10_sealed.jsonl",
}
#: Round 11 likewise (issue 16, "a villager understood, not matched": veiled threats told as
#: kindness, proverbs, gifts, visits and livelihoods; ten new kinds of people).
ROUND11 = {
    "diag": DIAGNOSED / "heldout_round11_diag.jsonl",
    "sealed": FIXTURES / "heldout_round11_sealed.jsonl",
}
#: Round 12 likewise (issue 16, "a villager understood, not matched": facts typed at a structured
#: question, filing for someone else, witnesses afraid to speak, loose dates, veiled threats).
ROUND12 = {
    "diag": DIAGNOSED / "heldout_round12_diag.jsonl",
    "sealed": FIXTURES / "heldout_round12_sealed.jsonl",
}
#: Round 13 likewise (issue 18, "a villager understood, not matched": veiled threats told as advice,
#: rumour, a joke or a livelihood at stake, in Isan, Northern Khmer, Suai, Latin letters and emoji).
ROUND13 = {
    "diag": DIAGNOSED / "heldout_round13_diag.jsonl",
    "sealed": FIXTURES / "heldout_round13_sealed.jsonl",
}
#: Round 14 likewise (issue 16, "a villager understood, not matched": debts called in, a land title
#: "lost", a pig pen inspected, a son's draft, a lottery ticket, fire; relatives, despair, voice).
ROUND14 = {
    "diag": DIAGNOSED / "heldout_round14_diag.jsonl",
    "sealed": FIXTURES / "heldout_round14_sealed.jsonl",
}
#: Round 15 likewise (issue 16, "a villager understood, not matched": threats after filing, through
#: kin or an employer, a welfare card or a list, crops, cattle, a job, a school, shaming, a fine).
ROUND15 = {
    "diag": DIAGNOSED / "heldout_round15_diag.jsonl",
    "sealed": FIXTURES / "heldout_round15_sealed.jsonl",
}
#: Round 16 likewise (issue 16, "a villager understood, not matched": veiled threats to kin's jobs,
#: land, welfare, debts and medicine, told as advice or over social media; harm words in farming,
#: games, sermons and the news; answers, questions back, edits and withdrawals in everyday words).
ROUND16 = {
    "diag": FIXTURES / "heldout_round16_diag.jsonl",
    "sealed": FIXTURES / "heldout_round16_sealed.jsonl",
}
#: Round 17 likewise (issue 16): 300 rows by a new independent tester, split by Random(17).
ROUND17 = {
    "diag": FIXTURES / "heldout_round17_diag.jsonl",
    "sealed": FIXTURES / "heldout_round17_sealed.jsonl",
}
#: Round 18 likewise (issue 16): 300 rows by a new independent tester, split by Random(18).
ROUND18 = {
    "diag": FIXTURES / "heldout_round18_diag.jsonl",
    "sealed": FIXTURES / "heldout_round18_sealed.jsonl",
}
#: Round 19 likewise (issue 16): 300 rows by a new independent tester, split by Random(19).
ROUND19 = {
    "diag": FIXTURES / "heldout_round19_diag.jsonl",
    "sealed": FIXTURES / "heldout_round19_sealed.jsonl",
}
#: Round 20 likewise (issue 16): 300 rows by a new independent tester, split by Random(20).
ROUND20 = {
    "diag": FIXTURES / "heldout_round20_diag.jsonl",
    "sealed": FIXTURES / "heldout_round20_sealed.jsonl",
}
#: Round 21 likewise (issue 16): 300 rows by a new independent tester, split by Random(21).
ROUND21 = {
    "diag": FIXTURES / "heldout_round21_diag.jsonl",
    "sealed": FIXTURES / "heldout_round21_sealed.jsonl",
}
#: Round 22 likewise (issue 16): 300 rows by a new independent tester, split by Random(22).
ROUND22 = {
    "diag": FIXTURES / "heldout_round22_diag.jsonl",
    "sealed": FIXTURES / "heldout_round22_sealed.jsonl",
}
#: Round 23 likewise (issue 16): 300 rows by a new independent tester, split by Random(23).
ROUND23 = {
    "diag": FIXTURES / "heldout_round23_diag.jsonl",
    "sealed": FIXTURES / "heldout_round23_sealed.jsonl",
}
#: Round 24 likewise (issue 16): 300 rows by a new independent tester, split by Random(24).
ROUND24 = {
    "diag": FIXTURES / "heldout_round24_diag.jsonl",
    "sealed": FIXTURES / "heldout_round24_sealed.jsonl",
}
#: Round 25 likewise (issue 16): 300 rows by a new independent tester, split by Random(25).
ROUND25 = {
    "diag": FIXTURES / "heldout_round25_diag.jsonl",
    "sealed": FIXTURES / "heldout_round25_sealed.jsonl",
}
#: Round 26 likewise (issue 16): 300 rows by a new independent tester, split by Random(26).
ROUND26 = {
    "diag": FIXTURES / "heldout_round26_diag.jsonl",
    "sealed": FIXTURES / "heldout_round26_sealed.jsonl",
}
#: Round 27 likewise (issue 16): 300 rows by a new independent tester, split by Random(27).
ROUND27 = {
    "diag": FIXTURES / "heldout_round27_diag.jsonl",
    "sealed": FIXTURES / "heldout_round27_sealed.jsonl",
}
#: A held-out set written by the helper who then worked on the understanding (gen16), before
#: any change, of the shapes round 7's sealed half missed (counts only); scored on its own
#: below, so the union keeps the files its floors were set on.
SELF_GEN16 = DIAGNOSED / "heldout_gen16_self.jsonl"
#: fixU's, of the shapes a simulator walk met (issue 16), likewise scored on its own.
SELF_FIXU = DIAGNOSED / "heldout_fixU_self.jsonl"
#: Likewise by the helper who worked on round 9's diag half (diagfix9), of its miss shapes.
SELF_DIAGFIX9 = DIAGNOSED / "heldout_diagfix9_self.jsonl"
#: Likewise by the helper who worked on veiled threats (danger16), of shapes it thought missed.
SELF_DANGER16 = DIAGNOSED / "heldout_danger16_self.jsonl"
#: Likewise by the helper who worked on issue 16's unclear answers and round 10's diag (conv16c).
SELF_CONV16C = DIAGNOSED / "heldout_conv16c_self.jsonl"
#: Likewise by the helper who worked on what is kept where it belongs (fix16a).
SELF_FIX16A = DIAGNOSED / "heldout_fix16a_self.jsonl"
#: Likewise by the helper who worked on round 11's diag half (diag11), of its miss shapes.
SELF_DIAG11 = DIAGNOSED / "heldout_diag11_self.jsonl"
#: Likewise by the helper who worked on issue 16's who-is-filing walk (fix16c).
SELF_FIX16C = DIAGNOSED / "heldout_fix16c_self.jsonl"
#: Likewise by the helper who worked on round 12's diag half (diag12), of its miss shapes.
SELF_DIAG12 = DIAGNOSED / "heldout_diag12_self.jsonl"
#: Likewise by the helper who worked on walk12's privacy, false danger, status, English (fixW12a).
SELF_FIXW12A = DIAGNOSED / "heldout_fixW12a_self.jsonl"
#: Likewise by the helper who worked on walk12's dates and places (fixW12b).
SELF_FIXW12B = DIAGNOSED / "heldout_fixW12b_self.jsonl"
#: fix16b's own held-out set: questions back, municipalities, loose dates, look-alikes.
SELF_FIX16B = DIAGNOSED / "heldout_fix16b_self.jsonl"
#: Likewise by the helper who worked on round 12's diag villagers and the walk after (fix16a2).
SELF_FIX16A2 = DIAGNOSED / "heldout_fix16a2_self.jsonl"
#: fixW13's own (walk13: edits at consent, "short-changed too", checkpoints, cash withdrawn).
SELF_FIXW13 = DIAGNOSED / "heldout_fixW13_self.jsonl"
#: Likewise by the helper who worked on round 13's diag half (fix13), of its miss shapes.
SELF_FIX13 = DIAGNOSED / "heldout_fix13_self.jsonl"
SELF_FIXA13 = DIAGNOSED / "heldout_fixA13_self.jsonl"
#: fixV13's own (round 13 diag: Northern Khmer yes and not, "ต้นปี…ถึงเดือนนี้" spans, retention).
SELF_FIXV13 = DIAGNOSED / "heldout_fixV13_self.jsonl"
#: fixW14's own (walk14: harmless Latin lines with loose sounds, Latin threats, a name left out
#: at consent, a story with a question, side remarks, agencies and officials as told).
SELF_FIXW14 = DIAGNOSED / "heldout_fixW14_self.jsonl"
#: fixW15's own (walk15: corrections typed at another step, a bare "that's wrong", an agency
#: with its district, a pause and a return, an unnamed official described).
SELF_FIXW15 = DIAGNOSED / "heldout_fixW15_self.jsonl"
#: fixR14a's own (round 14 diag: harm words in a sport, a song, a toy, a hunt or an intensifier;
#: self-harm; none beside an aside, done at evidence, Latin greetings, starts and withdrawals).
SELF_FIXR14A = DIAGNOSED / "heldout_fixR14a_self.jsonl"
#: fix16k's own (issue 16's last walks: a calm aside and "not ok" at consent, agencies,
#: officials and family threats in Latin letters, a relay, "สักครู่", "wrong again", the harvest).
SELF_FIX16K = DIAGNOSED / "heldout_fix16k_self.jsonl"
#: fixR14b's own (round 14 diag: festivals ± days, weekdays of last week, words and sums that are
#: no date, officials beside kin, public things for private use, titles, places and units).
SELF_FIXR14B = DIAGNOSED / "heldout_fixR14b_self.jsonl"
#: fixW16c's own (walk16: pasted posts naming an official with a title, numbered edits whose new
#: value names another field, fees collected above their set price).
SELF_FIXW16C = DIAGNOSED / "heldout_fixW16c_self.jsonl"
#: fixW16a's own (walk16: a report ignored, "watched", a relative coming along, the name asked
#: about, a penalty feared, Khmer no by ear, Latin withdrawals, "…มาตั้งแต่").
SELF_FIXW16A = DIAGNOSED / "heldout_fixW16a_self.jsonl"
#: fixR15b's own (round 15 diag's value shapes: a month beside a festival or season, spans between
#: festivals, ตักบาตรเทโว, officials' titles with more words, misspelt and two districts, English
#: places, values inside edits).
SELF_FIXR15B = DIAGNOSED / "heldout_fixR15b_self.jsonl"
#: fixW17a's own (walk17: the reported question echoed back, yes and "what?" at "file it?" and
#: consent, Isan endings and village heads at the agency question, a change asked in free words).
SELF_FIXW17A = DIAGNOSED / "heldout_fixW17a_self.jsonl"
#: fixR15a's own (round 15 diag's intents: threats through kin's jobs, eviction and broken
#: spacing; harm words in news, sport, dreams, sermons and resolve; everyday withdrawals; answers
#: with a question attached; Northern Khmer thanks; near-misses that must stay).
SELF_FIXR15A = DIAGNOSED / "heldout_fixR15a_self.jsonl"
#: fixW18a's own (walk18: Isan "send it" at the summary, a loose yes and a worry at "file it?").
SELF_FIXW18A = DIAGNOSED / "heldout_fixW18a_self.jsonl"
#: fixW18b's own (walk18's values: nobody dares to witness, none yet with photos tomorrow, a phone
#: said in digit words, a role then a name, an agency said unknown, a Latin greeting with the wish
#: to file, an edit of the official with the post).
SELF_FIXW18B = DIAGNOSED / "heldout_fixW18b_self.jsonl"
#: fixK16a's own (round 15's questioner: answers put as a check with ใช่ไหม/หรือเปล่า/ป่าว/แม่นบ่ at
#: each question, "is it needed?" asked back, someone beside them asked whether they count, and
#: real questions and checks of what the bot meant that must stay questions).
SELF_FIXK16A = FIXTURES / "heldout_fixK16a_self.jsonl"
#: fixK16b's own (issue 16's leftovers: posts of a village's public bodies and private look-alikes,
#: a festival or term with "last year" and another piece, an agency changed in free words at a
#: later question, worries after a threat).
SELF_FIXK16B = FIXTURES / "heldout_fixK16b_self.jsonl"
#: fixR16a's own (round 16 diag's intent shapes), kept with the tester's files: written after the
#: diagnosed rows were trained on, it is never trained on (scored on its own below).
SELF_FIXR16A = FIXTURES / "heldout_fixR16a_self.jsonl"
#: fixW19b's own (walk19 after filing: told to withdraw "or else", Isan status asks, whether the
#: story goes to an agency). Kept beside the held-out files, not among the diagnosed rows: the
#: danger model learns from those, and learning these moved a sealed threat.
SELF_FIXW19B = FIXTURES / "heldout_fixW19b_self.jsonl"
#: fixW19a's own (walk19's filing: a year corrected at another question, how long ago someone
#: died, "ปีนี้ เดือนสิบ", Latin ok/send/agency, letter o for zero, nicknames, "ยังค่ะ กลัว…",
#: kin beside the official, unnamed witnesses described, no reference number given).
SELF_FIXW19A = DIAGNOSED / "heldout_fixW19a_self.jsonl"
#: fixR16b's own (round 16 diag's values: officials as their post, a witness described, a
#: sub-district then words, a name beside a phone, evidence in English, a school term to now,
#: "that night" of a festival, "last <weekday>", "not known, only this" at a question).
SELF_FIXR16B = FIXTURES / "heldout_fixR16b_self.jsonl"
#: fixW21b's own (walk21: people there whom nobody knows at the witness question, a witness
#: named with a question after it, "does an unnamed complaint get the same care?", two
#: questions first, words about a file with "that's all").
SELF_FIXW21B = FIXTURES / "heldout_fixW21b_self.jsonl"


#: fixW20b's own (walk20: "jang krub" and other starts typed by ear in Latin letters, a value of
#: another question corrected in plain words with the old one denied, filing for a relative in
#: the first message, "may I file for several others?"), kept beside the held-out files.
SELF_FIXW20B = FIXTURES / "heldout_fixW20b_self.jsonl"


#: fixW20a's own (walk20's values: a headman with his village, a name unknown but described, a
#: doctor in the story beside the accused, police stations and dates in Latin letters, last
#: week's weekday, an office named after its district).
SELF_FIXW20A = FIXTURES / "heldout_fixW20a_self.jsonl"


#: fixR17a's own (round 17 diag's intent shapes: harm words in harmless use, Isan home-loss and
#: kin-insinuation threats, chatter at idle, a stop with its way back, withdrawals after harm),
#: kept beside the tester's files and never trained on.
SELF_FIXR17A = FIXTURES / "heldout_fixR17a_self.jsonl"


#: fixR17b's own (round 17 diag's values: an agency with a pointing word after it, Latin places
#: with their particles, a sub-district then its district, edits that carry the new value, two
#: witnesses glued with "กับ", two weekdays, a phone in English words, a body reported to).
SELF_FIXR17B = FIXTURES / "heldout_fixR17b_self.jsonl"


#: fixW22b's own (walk22's values: a name before a rank or job, asides after an official, a
#: contractor named at the official question, Latin and misspelt places after อบต., a name said
#: with the yes to giving it, kinds told by a receipt short of what was paid or thin concrete).
SELF_FIXW22B = FIXTURES / "heldout_fixW22b_self.jsonl"


#: fixW22a's own (walk22: an edit that names its field with a post among the new witnesses, a
#: name corrected at the summary beside a rank, another field called wrong at any question,
#: relatives who rode along, "must I go to court?").
SELF_FIXW22A = FIXTURES / "heldout_fixW22a_self.jsonl"


#: fixW23's own (walk23 and round 17's diag villagers: a full first message's values, a year
#: alone at the date question, an agency inside a sentence, police ranks before a name, "ไม่ใช่ค่ะ
#: ชื่อ…" at the summary, a story at the kind question, a relative in the shop as a witness, a
#: witness refused, "not yet had the chance", "only by mouth", the end of a month).
SELF_FIXW23 = FIXTURES / "heldout_fixW23_self.jsonl"

#: fix18a's own (round 18 diag's danger side: harm words in cooking, sport, games, farming,
#: medicine, idioms and weather, relatives in ordinary sentences and a relative who knows of a
#: death at the witnesses question; veiled threats of a post, a right or a kin's job taken away,
#: despair without a death word, signs left at the door, harm words of those kinds in a threat).
SELF_FIX18A = FIXTURES / "heldout_fix18a_self.jsonl"

#: perf26's own (long messages, the slowest readings: stories of several sentences, a long
#: threat and chatter, a long Latin-letter and English story), written before the reading was
#: made faster; its scores must not move.
SELF_PERF26 = FIXTURES / "heldout_perf26_self.jsonl"

#: fixW24a's own (walk23: adding to item 6 at the summary, a reference typed alone, fear as a
#: withdrawal reason, photos sent later, a mostly-English opening).
SELF_FIXW24A = FIXTURES / "heldout_fixW24a_self.jsonl"

#: fix18b's own (round 18's diag half: who is typing or what the matter concerns said first is
#: no story, one's own role is not the accused, a relay's yes, no evidence because paid in cash).
SELF_FIX18B = FIXTURES / "heldout_fix18b_self.jsonl"


#: fixW24b's own (walk23's values: a post and name after "already said", an Isan "surname not
#: known", item 3 corrected with an agency inside, two dates with "แต่", a witness with "but they
#: dare not", English complaint around a title, a span to last month, "must I go to court?").
SELF_FIXW24B = FIXTURES / "heldout_fixW24b_self.jsonl"
#: fixW25a's own (walk25: an English volunteer: a name given with the choice and for whom, a
#: witness then how to reach her, "let's file it then" after a story).
SELF_FIXW25A = FIXTURES / "heldout_fixW25a_self.jsonl"
#: fixW26's own (walk26: the role cheated or charged, or the teller's own, read as who did it).
SELF_FIXW26 = FIXTURES / "heldout_fixW26_self.jsonl"

#: fix16a's own of round 18's diag half (not the earlier fix16a's, in DIAGNOSED): chatter
#: outside any question and at a step (weather, laughter, a sticker typed, small talk), the
#: court question, "จะแจ้งต่อ" after the safety answer; look-alikes beside each.
SELF_FIX16A_R18 = FIXTURES / "heldout_fix16a_self.jsonl"

#: fix16b's own, round 18 (the health volunteer's shape: an opening whose topic is a payment to
#: people, an allowance or relief money, names the kind; a person, a place or no topic does not).
SELF_FIX16B_R18 = FIXTURES / "heldout_fix16b_self.jsonl"

#: fixW25b's own (walk25: a relative year before a sum, a story's school and district, a legal
#: question about gathering evidence, a mistyped "none", asked but not reported, a police rank).
SELF_FIXW25B = FIXTURES / "heldout_fixW25b_self.jsonl"

#: fixR19a's own (round 19 diag's danger side: despair in English, a home or rented land lost
#: unless the complaint is dropped, threats typed in Latin letters, a dead phone or battery,
#: jokes marked 555 or ล้อเล่น, a henchman sent to collect; threats of those kinds beside them).
SELF_FIXR19A = FIXTURES / "heldout_fixR19a_self.jsonl"
#: fixV19's own (round 19's diag villagers): a day said after a part-of-month span ("ปลาย
#: เดือนที่แล้วค่ะ วันที่ 28"), evidence said as "มีแคป…", "มีภาพหน้าจอ", "มีรูป<thing>";
#: look-alikes: the span alone, "มีแค่นี้", "ไม่มีแคป".
SELF_FIXV19 = FIXTURES / "heldout_fixV19_self.jsonl"

#: fixR19b's own (round 19 diag's values: a post with a remark or an Isan pronoun after it, a
#: nickname then the post, a named relative in an English sentence, Isan "เพิ่นเห็นนำ", Isan
#: "N มื้อก่อน", "not X, it was Y" and "must it be exact? …" at the date, a district corrected
#: in English, "not right yet", a cancel in English, Latin SAO names, relief money kept).
SELF_FIXR19B = FIXTURES / "heldout_fixR19b_self.jsonl"
#: fixV16's own (a yes with more words at the story offer, beside the story going on there; an
#: introduction with a wish to tell and no matter, beside one with the matter in it).
SELF_FIXV16 = FIXTURES / "heldout_fixV16_self.jsonl"
#: fixW29b's own (walk29: a worry about being found out said as a statement while telling the
#: story, "มีแค่หนูกับกำนันที่รู้ ถ้าไปถึงอำเภอเขาก็เดาได้"; look-alikes: knowing or guessing in
#: the story itself, a threat after being found out).
SELF_FIXW29B = FIXTURES / "heldout_fixW29b_self.jsonl"
#: fixW27's own (walk27: the kind a story tells as relief money docked, a date or the doer's
#: name corrected at a later question, "until now" in an edit, a rank and a name in a later
#: bubble; look-alikes: a date in a story, a rank word in a harmless sentence).
SELF_FIXW27 = FIXTURES / "heldout_fixW27_self.jsonl"
#: fixQ27's own (a story told in bursts: the teller's role glued to the workplace that is the
#: agency, "ผมเป็นยามโรงเรียนบ้าน…", a bill's price against the shop's, a month in a burst).
SELF_FIXQ27 = FIXTURES / "heldout_fixQ27_self.jsonl"
#: fixR20a's own (round 20 diag's danger side: an overdose wished, a child's school known, a
#: penalty because they complained; look-alikes: a fear of snakes or ghosts, a joke about losing
#: a game, a horror film, threats in the news, "followed up", a game's gunfire; new threats).
SELF_FIXR20A = FIXTURES / "heldout_fixR20a_self.jsonl"
#: fixV27a's own (walk27: a frightened villager's wish to stop, coming back to the stopped draft,
#: a question or a wish to withhold at the identity step, others afraid to speak).
SELF_FIXV27A = FIXTURES / "heldout_fixV27a_self.jsonl"
#: fixV27b's own (a span corrected in words at a later question, spans of months and "until
#: now", a plain no with an aside or sums beside it, Latin-typed evidence, an Isan don't-know).
SELF_FIXV27B = FIXTURES / "heldout_fixV27b_self.jsonl"
#: fixR20b's own (round 20 diag's answers): teen endings (งับ/ครัช/ค้าบ) after a value, "หมดละ"
#: at the evidence, a photo to send another day, "พ่อเคยไปถาม…แล้ว" at reported, relief money
#: withheld, "may I file for my parents", an English greeting with "may I report", English
#: deputies and "<school> in <district>"; look-alikes beside each.
SELF_FIXR20B = FIXTURES / "heldout_fixR20b_self.jsonl"
#: fixP28's own (walk28: an elder naming himself by kinship at the name question, a correction
#: "not filing for anyone", a Northern Khmer "no" at evidence and witnesses, an insider asking
#: first, a story told with "may I report this?"; look-alikes: "แจ้งแทนลุงค่ะ ลุงชื่อ…").
SELF_FIXP28 = FIXTURES / "heldout_fixP28_self.jsonl"
#: fixD28's own (walk28 dates: a month's full name never cut to a weekday, "X ไม่ใช่ Y" keeps
#: X, spans of months across a year, the fiscal year, a day said after its month; look-alikes:
#: Thursdays).
SELF_FIXD28 = FIXTURES / "heldout_fixD28_self.jsonl"
#: fixS29's own (walk29: a story told in bursts before any question, a story told with "may I
#: report this?", an insider's first question about the boss, a transfer or dismissal;
#: look-alikes: an announcement, a job said, a question not about reporting).
SELF_FIXS29 = FIXTURES / "heldout_fixS29_self.jsonl"
#: fixW29a's own (walk29: Isan "แม่น"/"บ่แม่น X" at a confirm or the district question, a date said
#: ahead at the district question, stories of padded sign-up lists and questions of being found
#: out (look-alikes of danger), a start or yes with anonymity, option 2 with a name and phone,
#: English month spans, "late June", Isan "ไปฮอดไส" tracking).
SELF_FIXW29A = FIXTURES / "heldout_fixW29a_self.jsonl"
#: fixW30b's own (walk30: one's own legal risk asked back, "will the police arrest me", "am I
#: in the wrong"; fear as the reason to withdraw; anonymity asked for at the summary;
#: look-alikes: police extortion told, court and evidence-law questions, another's arrest).
SELF_FIXW30B = FIXTURES / "heldout_fixW30b_self.jsonl"
#: fixR21a's own (round 21 diag's danger side: idioms of "killing" for lateness, prices or
#: heat, laughing to death, a partner's joke, spirits and shrines feared; threats pasted as a
#: quote, tacked onto "nothing more" or told inside another answer).
SELF_FIXR21A = FIXTURES / "heldout_fixR21a_self.jsonl"
#: fixF29's own (walk29: agencies typed in Latin letters, a hospital, an SAO of a "Ban" tambon, a
#: municipality spelt "tessaban"; a span of months corrected at the summary; look-alikes: one
#: month corrected, a span answered at the date, a Latin district at the district question).
SELF_FIXF29 = FIXTURES / "heldout_fixF29_self.jsonl"
#: fixV20's own (round 20's diag villagers, in other words: an official charging more than a
#: thing costs, "done" said with ละ and an ending, a photo sent another day, "went to ask
#: <official> already", relief withheld, "may I file for my mother?", a threat at the witnesses
#: question, an English greeting with a wish to report, a sub-district with an ending).
SELF_FIXV20 = FIXTURES / "heldout_fixV20_self.jsonl"
#: fixR21b's own (round 21: a formal or greeted opening that only names its topic, a question
#: before consent, formal "มิได้/มิเคย" at reported, Khmer-Thai "บาด" on a yes and Khmer hellos,
#: official titles kept whole: "ผู้ช่วยผญบ.", "สารวัตรกำนัน"; look-alikes beside each).
SELF_FIXR21B = FIXTURES / "heldout_fixR21b_self.jsonl"
#: fixW30a's own (walk30: a district named with another province, Thai or Latin, "Mueang" of
#: another province; look-alikes in Buriram: อ.เมือง alone, Buriram's own หนองบัว tambons, คูเมือง;
#: "แก้อำเภอ …" at the summary edits the district).
SELF_FIXW30A = FIXTURES / "heldout_fixW30a_self.jsonl"
#: fixW31's own (walk31: a province as people spell it, "Srisaket", "Korat", "Ubon", โคราช,
#: อุบล; a district said beside another province's bare name, "ท่าตูม สุรินทร์"; fear told with
#: the wish to withdraw; look-alikes in Buriram and a withdrawal with no fear).
SELF_FIXW31 = FIXTURES / "heldout_fixW31_self.jsonl"
#: fixI32's own (issue 16 leftovers: which worry of being found out is asked, the insider's or
#: a detail's; Isan เดือนกี้/อาทิตย์กี้/ปีกาย; a month said with a school-term word; a name told
#: without "ชื่อ"; look-alikes: a plain "will they know", เมื่อกี้, a place or an office typed
#: at the name).
SELF_FIXI32 = FIXTURES / "heldout_fixI32_self.jsonl"
SELF_FIXO32 = FIXTURES / "heldout_fixO32_self.jsonl"
#: fixR22a's own (round 22 diag's danger side: a body struck or seized told as done to the teller
#: or kin, Thai, Isan, English, Latin-typed; a death veiled as a day asked about; a home said to
#: burn easily; jests of friends, kin and bosses, games named after the words, animals dead of the
#: road or of age, prices fallen "dead", pests killed, reminders; look-alikes of each that stay).
SELF_FIXR22A = FIXTURES / "heldout_fixR22a_self.jsonl"
#: fixW32a's own (walk32: Latin-typed time words read as a threat or a withdrawal, a weekday's
#: night last week, a month corrected at the summary in words, Latin-typed option answers and
#: police stations, "don't know, it's the headman" at the agency question, relief money eaten,
#: an official's full name; look-alikes beside each).
SELF_FIXW32A = FIXTURES / "heldout_fixW32a_self.jsonl"
SELF_FIXR22B = FIXTURES / "heldout_fixR22b_self.jsonl"
#: fixW33a's own (walk33: a no with others harmed at the witnesses, a yes before names, a date
#: said wrong by its value at the summary, about the 3rd of last month, traffic police, a
#: contractor kin to the mayor, a name with the teller's post; look-alikes of each).
SELF_FIXW33A = FIXTURES / "heldout_fixW33a_self.jsonl"
SELF_FIXW32B = FIXTURES / "heldout_fixW32b_self.jsonl"
#: fixW34's own (walk34: being guessed from what is told, the committee may call, a contractor
#: kin to an official, the same name as last time; look-alikes of each).
SELF_FIXW34 = FIXTURES / "heldout_fixW34_self.jsonl"
#: fixW35b's own (walk35: withdrawing in code-mixed words, "ขอ cancel เรื่องที่แจ้ง…", and taking
#: a withdrawal back; look-alikes: a draft cancelled, a project cancelled in a story).
SELF_FIXW35B = FIXTURES / "heldout_fixW35b_self.jsonl"
SELF_FIXW36B = FIXTURES / "heldout_fixW36b_self.jsonl"
#: fixW36a's own (walk36: a first message that tells a story beside a question-like word,
#: don't-know in typos and "as I sent" at place questions, an unsure agency with มั้ง, evidence
#: promised after filing, a date told beside a later answer; look-alikes of each).
SELF_FIXW36A = FIXTURES / "heldout_fixW36a_self.jsonl"
#: fixW36c's own (walk37: a sum demanded told in English, a story opening with a question
#: word not known ("นานแค่ไหนแล้วก็ไม่รู้ …"); look-alikes: budget, kin, a fee asked about, how-long
#: questions).
SELF_FIXW36C = FIXTURES / "heldout_fixW36c_self.jsonl"
#: fixW37a's own (walk37: two-digit years corrected beside the one denied, the assistant
#: headman in two words and a post denied, an official and an agency in one answer, a story
#: billed again this year, "not yet" with a question, Latin-typed answers with English after).
SELF_FIXW37A = FIXTURES / "heldout_fixW37a_self.jsonl"
#: fixW39a's own (walk39's readings: a tone mark typed late, a date at the official question, the
#: day a post was seen, "ที่บอกไปแล้ว" after the official, rather not send, a withdrawal asked with
#: its reference, Latin-typed and English stories of money).
SELF_FIXW39A = FIXTURES / "heldout_fixW39a_self.jsonl"
#: fixR27b's own (round 27's answers side: where it was reported in Latin/English/mixed, Isan
#: "ข้อยซื่อ" before a name, an official with a clause or a particle after it, evidence talk).
SELF_FIXR27B = FIXTURES / "heldout_fixR27b_self.jsonl"
SELF_FIXW40A = FIXTURES / "heldout_fixW40a_self.jsonl"
SELF_FIXR25B = FIXTURES / "heldout_fixR25b_self.jsonl"
#: fixLatin's own (Latin-typed officials with a word of a deed at the questions, Latin threats
#: typed by ear, news seen then a threat to the teller).
SELF_FIXLATIN = FIXTURES / "heldout_fixLatin_self.jsonl"
#: fixReg's own (a wish that an official stop cheating, "แจ้งแล้ว…ไหม" at the reported question,
#: an allowance docked as the opener, witnesses in pasted posts, the bot's examples in quotes).
SELF_FIXREG = FIXTURES / "heldout_fixReg_self.jsonl"
#: fixW40b's own (walk40: a span with its latest time, "ล่าสุด…"; an official with its section,
#: "ครูฝ่าย…", "เจ้าหน้าที่เทศกิจ"; a municipality's market naming the municipality).
SELF_FIXW40B = FIXTURES / "heldout_fixW40b_self.jsonl"
SELF_FIXW38B = FIXTURES / "heldout_fixW38b_self.jsonl"
#: fixR26b's own (round 26's answers side: an answer with a question after it, a field named
#: with "ชื่อ" before it, titles before names, Latin posts with their หมู่, "different from
#: ป.ป.ช.?", schools named in Latin with their Ban).
SELF_FIXR26B = FIXTURES / "heldout_fixR26b_self.jsonl"
#: fixR23a's own (round 23's danger side: harmless threats, fiction, scores, pests, beasts, the
#: teller's own photos; texts not for the bot). Kept beside the held-out files, not among the
#: diagnosed rows: the models learn from those, and learning these moved a sealed threat.
SELF_FIXR23A = FIXTURES / "heldout_fixR23a_self.jsonl"
#: fixL34's own (walk34: Thai typed in Latin letters at several questions: districts with
#: "jangwat" or a comma and the province, another province's district, "song" and "dai" no
#: place, a witness named with a phone, "no danger, go on", real Latin threats beside them,
#: stories naming a kind, official and district, home not the scene, a cancel and coming back).
SELF_FIXL34 = FIXTURES / "heldout_fixL34_self.jsonl"
#: fixW35a's own (walk35: the official's deed kept out of the name, a land-office officer kept
#: whole, a date corrected at a later question, since early this year; look-alikes of each).
SELF_FIXW35A = FIXTURES / "heldout_fixW35a_self.jsonl"
#: fixR23b's own (round 23 diag's answers side: a district line office and a school's full name
#: at the agency question, an Isan month, witnesses with a role after the name, an English post,
#: a level after ศูนย์ดำรงธรรม, a summary not right, a district told by its parent; look-alikes).
SELF_FIXR23B = FIXTURES / "heldout_fixR23b_self.jsonl"
#: fixL35's own (walk35's karaoke villager, second pass: อบต. and นายก อบต. typed by their
#: letters' names, place names that sound as harm ("ban pao", "khu mueang") beside real Latin
#: threats, not knowing at the sub-district question, Latin go-on answers, police stations).
SELF_FIXL35 = FIXTURES / "heldout_fixL35_self.jsonl"
#: fixR24a's own (round 24's missed threats as ideas: a sign left on property, family watched,
#: a withdrawal coerced; "จะตาย" of the heat or prices, a ghost told to a child; chit-chat told
#: at no step, and the story starts beside it that must stay).
SELF_FIXR24A = FIXTURES / "heldout_fixR24a_self.jsonl"
SELF_FIXSTORY = FIXTURES / "heldout_fixStory_self.jsonl"
#: fixR24b's own (round 24's answers: farming-season dates, a weekday with a market day and "last
#: week", Latin-typed "last month", evidence someone else will send, screenshots, is-it-safe and
#: will-they-know kept apart, "am I talking to a person or a bot?" in Thai, Isan and English).
SELF_FIXR24B = FIXTURES / "heldout_fixR24b_self.jsonl"
#: fixR25a's own (round 25's danger side: harsh words in jokes by kin, films, games, bets, ghosts,
#: idioms and a fire for warmth; threats said lightly inside answers at the steps).
SELF_FIXR25A = FIXTURES / "heldout_fixR25a_self.jsonl"
#: fixR26a's own (round 26's danger and chit-chat side: a Latin-typed threat after a beating,
#: harsh words at an animal, Isan "ย่าน" of the weather or a bus, longing that "kills", news of
#: a threat elsewhere, off-topic questions, chit-chat naming an official, cheats, money or a day).
SELF_FIXR26A = FIXTURES / "heldout_fixR26a_self.jsonl"
#: fixR27a's own (round 27's danger and chit-chat side: a public work "อันตรายมาก" in a story,
#: frights "แทบตาย", a threat denied, a withdrawal under pressure, off-topic questions, good
#: news, a thumbs-up at no step, English banter, threats beside a kind or a price).
SELF_FIXR27A = FIXTURES / "heldout_fixR27a_self.jsonl"
_BY_HALF = {
    SELF_FIXR27A,
    SELF_FIXL34,
    SELF_FIXL35,
    *ROUND4.values(),
    *ROUND5.values(),
    *ROUND7.values(),
    *ROUND8.values(),
    *ROUND9.values(),
    *ROUND10.values(),
    *ROUND11.values(),
    *ROUND12.values(),
    *ROUND13.values(),
    *ROUND14.values(),
    *ROUND15.values(),
    *ROUND16.values(),
    *ROUND17.values(),
    *ROUND18.values(),
    *ROUND19.values(),
    *ROUND20.values(),
    *ROUND21.values(),
    *ROUND22.values(),
    *ROUND23.values(),
    *ROUND24.values(),
    *ROUND25.values(),
    *ROUND26.values(),
    *ROUND27.values(),
    SELF_GEN16,
    SELF_FIXU,
    SELF_DIAGFIX9,
    SELF_DANGER16,
    SELF_CONV16C,
    SELF_FIX16A,
    SELF_DIAG11,
    SELF_FIX16C,
    SELF_DIAG12,
    SELF_FIXW12A,
    SELF_FIXW12B,
    SELF_FIX16B,
    SELF_FIX16A2,
    SELF_FIXW13,
    SELF_FIX13,
    SELF_FIXA13,
    SELF_FIXV13,
    SELF_FIXW14,
    SELF_FIXW15,
    SELF_FIXR14A,
    SELF_FIX16K,
    SELF_FIXR14B,
    SELF_FIXW16C,
    SELF_FIXW16A,
    SELF_FIXR15B,
    SELF_FIXW17A,
    SELF_FIXR15A,
    SELF_FIXW18A,
    SELF_FIXW18B,
    SELF_FIXK16A,
    SELF_FIXK16B,
    SELF_FIXR16A,
    SELF_FIXW19B,
    SELF_FIXW19A,
    SELF_FIXR16B,
    SELF_FIXW21B,
    SELF_FIXW20B,
    SELF_FIXW20A,
    SELF_FIXR17A,
    SELF_FIXR17B,
    SELF_FIXW22B,
    SELF_FIXW22A,
    SELF_FIXW23,
    SELF_FIX18A,
    SELF_PERF26,
    SELF_FIXW24A,
    SELF_FIX18B,
    SELF_FIXW24B,
    SELF_FIXW25A,
    SELF_FIXW26,
    SELF_FIX16A_R18,
    SELF_FIX16B_R18,
    SELF_FIXW25B,
    SELF_FIXR19A,
    SELF_FIXV19,
    SELF_FIXR19B,
    SELF_FIXV16,
    SELF_FIXW29B,
    SELF_FIXW27,
    SELF_FIXQ27,
    SELF_FIXR20A,
    SELF_FIXV27A,
    SELF_FIXV27B,
    SELF_FIXR20B,
    SELF_FIXP28,
    SELF_FIXD28,
    SELF_FIXS29,
    SELF_FIXW29A,
    SELF_FIXW30B,
    SELF_FIXR21A,
    SELF_FIXF29,
    SELF_FIXV20,
    SELF_FIXR21B,
    SELF_FIXW30A,
    SELF_FIXW31,
    SELF_FIXI32,
    SELF_FIXR22A,
    SELF_FIXW32A,
    SELF_FIXR22B,
    SELF_FIXO32,
    SELF_FIXW32B,
    SELF_FIXR23A,
    SELF_FIXW33A,
    SELF_FIXW34,
    SELF_FIXW35B,
    SELF_FIXW35A,
    SELF_FIXR23B,
    SELF_FIXW36B,
    SELF_FIXW36A,
    SELF_FIXW37A,
    SELF_FIXW39A,
    SELF_FIXLATIN,
    SELF_FIXR27B,
    SELF_FIXW40A,
    SELF_FIXR25B,
    SELF_FIXW38B,
    SELF_FIXR26B,
    SELF_FIXR24A,
    SELF_FIXSTORY,
    SELF_FIXW36C,
    SELF_FIXR24B,
    SELF_FIXR25A,
    SELF_FIXREG,
    SELF_FIXR26A,
    SELF_FIXW40B,
}
HELD_OUT = sorted(p for p in FIXTURES.glob("heldout*.jsonl") if p not in _BY_HALF)
#: Floors over the union of every held-out file: what the understanding reached when they
#: were set (heldout_core 235 + heldout_villagers 541 utterances: intent accuracy 95.5 %,
#: danger recall 98.0 %), less a small margin. Danger recall is meant to be 100 %: the two
#: threats still missed are not looked at here (that would tune to the held-out part); new
#: examples of the kinds of threat they are go into handlers/understanding/examples.
#: Round 3 added 72 threats written by a tester who had not read the code (heldout_round3_*):
#: over all 202 held-out threats recall is 96.5 % (195), one of them a classifier vote 0.007
#: under its margin; the floor follows the larger, harder set instead of the margin being
#: moved to reach it. A word-level danger model beside the intent model (understand branch,
#: round 3 session 3) reaches 199 of the 202; the floor follows, halfway to one more miss
#: (new rounds are scored on their own below, so it does not fall with them).
#: Intent accuracy, kind, question back and identity follow what issue 16's session reached
#: (1179/1202; 105/109, 123/131, 49/50), halfway to one more miss. With round 5's danger
#: work merged beside it (session 4) intents are 1176/1202: three diag lines are now read as
#: danger (a scolding official, a plea to withdraw "or we all suffer", market sellers' fear),
#: the price of the new threat shapes; the floor follows, halfway to one more miss.
#: gen16 (the models carry more shapes; a rule's one danger word gives way to two sure models):
#: 200/202 threats, intents 1178/1202; the floors follow, halfway to one more miss.
DANGER_RECALL = 0.987
INTENT_ACCURACY = 0.9796
INTENT_RECALL = {
    "answer": 0.93,
    "question": 0.92,
    "already_said": 0.95,
    "change_mind": 0.8,
    "edit": 0.85,
    "withdraw": 0.78,
    "cancel": 0.7,
    "start": 0.9,
    "track": 0.85,
    "help": 0.9,
    "greeting": 0.85,
    "thanks": 0.9,
    "yes": 0.95,
    "no": 0.8,
    "none": 0.93,
    "done": 0.9,
}
VALUE_ACCURACY = {
    "agency": 0.95,
    "date": 0.95,
    "district": 0.9,
    "subdistrict": 0.9,
    "phone": 0.95,
    "reference": 0.95,
    # The kind and the question asked back are read by models of words and characters
    # (issue 18's understand18): 93.0 % and 89.5 % on the three files when set (were 75.4 %
    # and 77.9 % by keywords); per-label figures: benchmarks/understanding_values.py.
    "kind": 0.958,
    "official": 0.85,
    "identity": 0.97,
    "reported": 0.78,
    "faq": 0.935,
    "field": 0.75,
}


#: What the held-out text shows the understanding does not yet reach; each test named here is
#: marked xfail(strict=False) (and XPASSes the day it is reached). The floors stay as set.
NOT_YET: dict[str, str] = {}


def _not_yet(test):
    """The test as written, marked as not yet reached when NOT_YET names it."""
    if test.__name__ not in NOT_YET:
        return test
    return pytest.mark.xfail(strict=False, reason=NOT_YET[test.__name__])(test)


@cache
def _read(text: str, expecting: str | None = None, today=None):
    """`understand`, once per text, question asked and day in this module: the union, a round's
    half and a helper's own set share rows (the same line copied into several files, a set
    read again for another check), and a reading depends on nothing else."""
    return understand(text, expecting=expecting, today=today)


class _Counted:
    """A scoring as the tests read it, whose repr (which pytest prints beside a failing test's
    arguments) gives counts only: a sealed half's texts never reach the report."""

    def __init__(self, found):
        self._found = found

    def __getattr__(self, name):
        return getattr(self._found, name)

    def __repr__(self) -> str:
        return f"<scored {self._found.right}/{self._found.total}>"


#: Under `--dist loadgroup` the tests of one scoring share a worker, and only they: a
#: module-scoped fixture makes its whole module one group (tests/distribution.py), and this
#: module's ~200 tests of the union and the rounds' halves were one worker's ~60 % of the file
#: while the other worker ran the helpers' own sets (7 December, `-n 2`, loaded machine: 896 s
#: against 540 s of test time; the file 949 s of wall time). Each half, and the union, is a
#: group of its own, scored once on one worker: the file took 819 s under a heavier load.
#: A test of the union takes `@UNION` (without it, it would score the union again elsewhere).
UNION = pytest.mark.xdist_group("test_corpus-union")


@pytest.fixture(scope="module")
def score():
    if not HELD_OUT:
        pytest.skip("no held-out corpus")
    found = evaluate(load(HELD_OUT), _read)
    print(f"\nheld-out files: {', '.join(p.name for p in HELD_OUT)}\n{found.report()}")
    return _Counted(found)


#: Texts of sealed halves: a failure names how many of them were missed, never which.
SEALED = {row["text"] for row in load([p for p in HELD_OUT if "sealed" in p.name])}


def _misses(score, intent: str) -> str:
    missed = [
        (row, got) for row, got in score.misses if row["intent"] == intent and got.intent != intent
    ]
    told = [
        f"{row['text']!r} (expecting {row.get('expecting')}) read as {got.intent}"
        for row, got in missed
        if row["text"] not in SEALED
    ]
    sealed = sum(row["text"] in SEALED for row, _ in missed)
    return "\n".join(told + ([f"and {sealed} from sealed halves"] if sealed else []))


@UNION
@_not_yet
def test_danger_is_never_missed(score):
    recall = score.recall("danger")
    assert recall >= DANGER_RECALL, _misses(score, "danger")


@UNION
@pytest.mark.xfail(
    strict=True,
    reason="issue 18 asks for 100 % danger recall on held-out text; 199 of 202 reached (98.5 %)",
)
def test_every_held_out_threat_is_caught(score):
    recall = score.recall("danger")
    assert recall == 1.0, _misses(score, "danger")


@UNION
@_not_yet
def test_intents_are_read_well_enough(score):
    accuracy = score.right / score.total
    assert accuracy >= INTENT_ACCURACY, score.report()
    for intent, floor in INTENT_RECALL.items():
        recall = score.recall(intent)
        assert recall >= floor, f"{intent}\n{_misses(score, intent)}"


@UNION
@_not_yet
def test_values_are_read_well_enough(score):
    for name, floor in VALUE_ACCURACY.items():
        accuracy = score.accuracy(name)
        assert accuracy >= floor, f"{name}: {accuracy:.1%}"


# ---------------------------------------------------------------- round 4, half by half
# Round 4 (issue "A villager is understood, not matched"): 371 utterances by a tester who read
# neither the rules nor the word lists nor the examples, 75 of them threats of new shapes
# (veiled through a relative, online, to livestock / a job / children / a welfare card, Isan,
# English, romanised, typed fast, inside a long story) and 28 that only look dangerous (a fear
# of losing a job, a past fight, a film, a snake). The diag half's misses are printed for
# whoever fixes the understanding; the sealed half shows counts only, so nobody fits to it.
# Floors: what each half reached when written (Friday 4 December 2026: danger 34/38 and 29/37,
# false alarms 5 and 5, intents 172/190 and 160/181), raised the same evening after the fixes
# read the diag half (the sealed half unread: danger 35/37, 4 false alarms, intents 168/181),
# halfway to one more miss, so that a single regression fails. Raised again by issue 16's
# session (romanised danger, questions back, identity; the sealed half unread): false alarms
# 0 and 3, intents 189/190 and 169/181, question 22/22 and 21/22, identity 9/9 and 7/9,
# question back 21/22 and 19/22, kind 20/22 (diag).
ROUND4_DANGER_RECALL = {"diag": 0.987, "sealed": 0.986}  # 38/38 and 37/37 caught (conv16c)
ROUND4_FALSE_ALARMS = {"diag": 0, "sealed": 3}  # non-threats read as danger, at most
ROUND4_INTENT_ACCURACY = {"diag": 0.992, "sealed": 0.958}  # 189/190 and 174/181 (gen16)
#: The halves whose threats are not all caught yet (their test is a strict xfail).
ROUND4_NOT_ALL_CAUGHT: dict[str, str] = {}
ROUND4_INTENT_RECALL = {
    "diag": {
        "answer": 0.993,
        "question": 0.977,
        "already_said": 0.75,
        "change_mind": 0.75,
        "edit": 0.95,
        "withdraw": 0.75,
        "cancel": 0.875,
        "none": 0.75,
        "yes": 0.875,
        "no": 0.5,
        "done": 0.5,
        "start": 0.5,
        "track": 0.75,
        "help": 0.25,
        "greeting": 0.5,
        "thanks": 0.5,
    },
    "sealed": {
        "answer": 0.91,
        "question": 0.932,
        "already_said": 0.916,
        "change_mind": 0.916,
        "edit": 0.75,
        "withdraw": 0.9,
        "cancel": 0.875,
        "none": 0.375,
        "yes": 0.9,
        "no": 0.5,
        "done": 0.75,
        "start": 0.5,
        "track": 0.75,
        "help": 0.5,
        "greeting": 0.5,
        "thanks": 0.5,
    },
}
ROUND4_VALUE_ACCURACY = {
    "diag": {
        "agency": 0.937,
        "date": 0.97,
        "district": 0.73,
        "subdistrict": 0.928,
        "kind": 0.886,
        "official": 0.416,
        "identity": 0.944,
        "reported": 0.7,
        "evidence": 0.916,
        "witnesses": 0.5,
        "faq": 0.931,
        "field": 0.75,
        "reason": 0.25,
        "reference": 0.833,
        "phone": 0.75,
        "name": 0.75,
    },
    "sealed": {
        "agency": 0.937,
        "date": 0.906,
        "district": 0.95,
        "subdistrict": 0.928,
        "kind": 0.825,
        "official": 0.583,
        "identity": 0.722,
        "reported": 0.9,
        "evidence": 0.833,
        "witnesses": 0.5,
        "faq": 0.840,
        "field": 0.718,
        "reason": 0.833,
        "reference": 0.833,
        "phone": 0.75,
        "name": 0.75,
    },
}


# ---------------------------------------------------------------- round 5, half by half
# Round 5 (issue 16, "a villager understood"): 388 utterances by a tester who read neither the
# rules nor the word lists nor the examples, split at random into two halves of 194. 108 are
# threats of shapes the earlier files lack: told through a third person (sister, neighbour,
# teacher, partner), online (fake pages, live streams, comments, video calls, gun stickers),
# economic pressure tied to the report (boycott, credit, harvest, eviction, a rice mill, water
# cut), Northern Khmer words in Buriram Thai, voice-to-text without spaces or with dictated
# punctuation, emoji, threats asked as questions, threats in the past told now, sabotage of
# ponds and livestock, blackmail, coercion. 37 only look dangerous (kill time, a shooting game,
# a time-bomb idiom, "not afraid" in Khmer and Isan, a gun-carrying ranger who gives his name).
# Floors: what each half reached when written (Friday 4 December 2026: danger 39/53 and 43/55,
# false alarms 11 and 11, intents 159/194 and 161/194). Intents and values the understanding
# did not reach once (help in the diag half; the official in both) have no floor yet: a floor
# of 0 could not fail; they are in the printed report and the report of the round.
# Raised the same evening (fix16r5) after the danger fixes read the diag half (the sealed half
# unread: danger 48/55, 7 false alarms, intents 170/194), halfway to one more miss.
ROUND5_DANGER_RECALL = {"diag": 0.99, "sealed": 0.9}  # 53/53 and 50/55 caught (gen16)
#: sealed 3 since the danger model learns from the diagnosed rows (one threat more caught in
#: that half, 52/55; false alarms over the sealed halves of rounds 3–15 43 → 39)
ROUND5_FALSE_ALARMS = {"diag": 0, "sealed": 2}  # non-threats read as danger, at most
ROUND5_INTENT_ACCURACY = {"diag": 0.956, "sealed": 0.925}  # 186/194 and 180/194 (gen16)
#: The halves whose threats are not all caught yet (their test is a strict xfail).
ROUND5_NOT_ALL_CAUGHT = {"sealed": "50/55"}
ROUND5_INTENT_RECALL = {
    "diag": {
        "answer": 0.928,
        "question": 0.916,
        "already_said": 0.8,
        "change_mind": 0.714,
        "edit": 0.8,
        "withdraw": 0.857,
        "cancel": 1.0,
        "none": 0.714,
        "yes": 1.0,
        "no": 0.5,
        "done": 0.666,
        "start": 0.5,
        "track": 0.5,  # 2/3 since the questions-back examples (session 4)
        "greeting": 1.0,
        "thanks": 0.5,
    },
    "sealed": {
        "answer": 0.873,
        "question": 0.588,
        "already_said": 0.857,
        "change_mind": 0.75,
        "edit": 0.909,
        "withdraw": 0.8,
        "cancel": 1.0,
        "none": 0.666,
        "yes": 1.0,
        "no": 1.0,
        "done": 0.5,
        "start": 1.0,
        "track": 1.0,
        "help": 1.0,
        "greeting": 1.0,
        "thanks": 1.0,
    },
}
ROUND5_VALUE_ACCURACY = {
    "diag": {
        "agency": 0.666,
        "date": 0.857,
        "district": 0.647,
        "subdistrict": 0.833,
        "kind": 0.8,
        "identity": 0.625,
        "reported": 0.6,
        "evidence": 0.6,
        "witnesses": 0.5,
        "faq": 0.708,
        "field": 0.611,
        "reason": 0.666,
        "reference": 1.0,
        "phone": 1.0,
        "name": 1.0,
    },
    "sealed": {
        "agency": 0.833,
        "date": 0.923,
        "district": 0.909,
        "subdistrict": 0.833,
        "kind": 0.833,
        "identity": 0.777,
        "reported": 0.666,
        "evidence": 0.6,
        "witnesses": 1.0,
        "faq": 0.47,
        "field": 0.882,
        "reason": 1.0,
        "reference": 1.0,
        "phone": 1.0,
        "name": 1.0,
    },
}


# ---------------------------------------------------------------- round 7, half by half
# Round 7 (issue 16, "a villager understood, not matched"): 305 utterances by a tester who read
# neither the rules nor the word lists nor the examples, split at random (random.Random(7)) into
# 152 and 153. 90 are threats of shapes the earlier files lack: against livestock, crops, water,
# land and a shop; an official "advising" one to stop; the village loudspeaker and LINE groups;
# being followed; a relative's job; Isan and Khmer-Thai; told as a past event and as a fear of
# the future; typos, no spaces, slang, English, romanised Thai. 30 only look dangerous (a snake,
# a fight at a football match or a boxing night, "กลัวว่าจะส่งผิด", "killer price", a threat
# denied). The rest: answers, questions back, corrections, talk about the talk, consent with
# particles and slang, dates said the village way (Buddhist days, the lunar calendar, ต้น/กลาง/
# ปลายเดือน = days 1-10/11-20/21-end), agencies abbreviated or misspelled, Isan place spellings.
# Dates as said on Saturday 5 December 2026 (BE 2569).
# Floors: what each half reached when written (Saturday 5 December 2026: danger 41/43 and 43/47,
# false alarms 1 and 6, intents 142/152 and 136/153). Intents and values not reached once in a
# half have no floor there (a floor of 0 could not fail); they are in the printed report.
# The diag half's floors were raised the same night by the fixer of its threats, kinds, places
# and small intents (the sealed half unread, its counts unchanged: danger 43/47, 6 false
# alarms, intents 136/153): danger 43/43, no false alarm, intents 148/152.
# Raised again by the conversation fixer of its consent, agency, lunar dates and month spans
# (the sealed half unread, its counts unchanged): intents 149/152 ("no" 3/3), dates 16/17.
ROUND7_DANGER_RECALL = {"diag": 1.0, "sealed": 0.914}  # 43/43 and 43/47 caught
ROUND7_FALSE_ALARMS = {"diag": 0, "sealed": 5}  # non-threats read as danger, at most
ROUND7_INTENT_ACCURACY = {"diag": 0.983, "sealed": 0.898}  # 150/152 and 138/153 (gen16)
#: The halves whose threats are not all caught yet (their test is a strict xfail).
ROUND7_NOT_ALL_CAUGHT = {"sealed": "43/47"}
ROUND7_INTENT_RECALL = {
    "diag": {
        "answer": 0.971,
        "question": 1.0,
        "already_said": 1.0,
        "change_mind": 1.0,
        "edit": 1.0,
        "withdraw": 1.0,
        "cancel": 1.0,
        "none": 0.5,
        "yes": 1.0,
        "no": 1.0,
        "done": 1.0,
        "start": 1.0,
        "track": 1.0,
        "help": 1.0,
        "greeting": 1.0,
        "thanks": 1.0,
    },
    "sealed": {
        "answer": 0.875,
        "question": 0.846,
        "edit": 1.0,
        "withdraw": 1.0,
        "cancel": 1.0,
        "yes": 1.0,
        "no": 1.0,
        "done": 1.0,
        "start": 1.0,
        "track": 1.0,
        "help": 0.666,
        "thanks": 1.0,
    },
}
ROUND7_VALUE_ACCURACY = {
    "diag": {
        "agency": 0.875,
        "date": 0.941,
        "district": 1.0,
        "subdistrict": 1.0,
        "kind": 0.9,
        "official": 1.0,
        "identity": 1.0,
        "reported": 0.75,
        "evidence": 0.333,
        "faq": 1.0,
        "field": 1.0,
        "reason": 1.0,
        "reference": 1.0,
        "phone": 1.0,
        "name": 1.0,
    },
    "sealed": {
        "agency": 0.666,
        "date": 0.923,
        "district": 0.375,
        "subdistrict": 0.75,
        "kind": 0.75,
        "identity": 0.5,
        "evidence": 0.5,
        "witnesses": 0.5,
        "faq": 0.636,
        "field": 0.714,
        "reference": 1.0,
    },
}


# ---------------------------------------------------------------- round 8, half by half
# Round 8 (issue 16, "a villager understood, not matched", again): 324 utterances by a tester who
# read neither the rules nor the word lists nor the examples, split at random (random.Random(8))
# into 162 and 162. 85 are threats of shapes the earlier files lack: tokens of death left at the
# house, objects and messages left behind, vehicles sabotaged, animals to be let loose, being
# watched from the air, calls and knocks at night, children watched at school, care withheld,
# blackmail, a warning passed on by a third person, danger happening as they type, idioms of
# death ("ตีนชี้ฟ้า"); Isan, Northern Khmer words, typos without tone marks, voice-to-text
# without spaces, teenagers' slang, pasted posts, English, romanised Thai. 33 only look
# dangerous (overcharged said "โดนฟัน", "ยิงแอด", a cane reported as the misconduct itself,
# "dying to know"). The rest: answers given as questions, "don't know" (intent none, as in the
# earlier files), corrections, changes of mind, talk about the talk, Thai digits, festivals and
# Buddhist-era years. Dates as said on Saturday 5 December 2026 (BE 2569).
# Floors: what each half reached when written, on main before any fix (Saturday 5 December
# 2026: danger 36/38 and 44/47, false alarms 6 and 5, intents 147/162 and 145/162). Intents and
# values not reached once in a half have no floor there; they are in the printed report.
ROUND8_DANGER_RECALL = {"diag": 0.947, "sealed": 0.936}  # 36/38 and 44/47 caught
#: fix16b (harm words explained, safe again, a supposed threat asked about): diag to 0.
ROUND8_FALSE_ALARMS = {"diag": 0, "sealed": 5}  # non-threats read as danger, at most
# After the session's understanding work (gen16's examples of shapes, conv16's conversation,
# walkfix), never fitted to round 8: danger 37/38 and 44/47, false alarms 6 and 3, intents
# 144/162 (three fewer) and 150/162 (five more). The diag floor follows the drop, written down.
ROUND8_INTENT_ACCURACY = {"diag": 0.888, "sealed": 0.895}  # 144/162 and 145/162
# danger16 (examples of veiled threats for the danger model, look-alikes for both; idioms of
# harm in harmless use taken out by rule: an overcharge "โดนฟันไปสามพัน", a career "killed",
# "not afraid of being hurt"): diag false alarms 2, intents 148/162; the diag floors follow,
# halfway to one more miss.
ROUND8_FALSE_ALARMS["diag"] = 2
ROUND8_INTENT_ACCURACY["diag"] = 0.910  # 147.5/162
#: The halves whose threats are not all caught yet (their test is a strict xfail).
ROUND8_NOT_ALL_CAUGHT = {"sealed": "44/47"}  # diag: every threat caught since the danger
#: model learns from the diagnosed rows
ROUND8_INTENT_RECALL = {
    "diag": {
        "answer": 0.918,  # 0.932 on main; 91.9 % after the session
        "question": 0.857,
        "already_said": 1.0,
        "change_mind": 1.0,
        "edit": 0.833,
        "withdraw": 1.0,
        "cancel": 0.5,
        "none": 0.75,
        "yes": 0.75,
        # "no" at the summary ("บ่ถูกเด้อ", "no, something is wrong") is now read as an edit
        # without its field (the bot asks which item to change, as it does for a no): 3/4 on
        # main, 0/4 after; no floor, the report prints it.
        "done": 1.0,
        "start": 0.5,
        "track": 1.0,
        "help": 1.0,
        "greeting": 1.0,
        "thanks": 1.0,
    },
    "sealed": {
        "answer": 0.859,
        "question": 1.0,
        "already_said": 1.0,
        "change_mind": 1.0,
        "edit": 1.0,
        "withdraw": 1.0,
        "cancel": 1.0,
        "none": 0.4,
        "yes": 1.0,
        "no": 1.0,
        "done": 1.0,
        "start": 1.0,
        "track": 1.0,
        "thanks": 1.0,
    },
}
ROUND8_VALUE_ACCURACY = {
    "diag": {
        "agency": 1.0,
        "date": 1.0,
        "district": 0.888,
        "subdistrict": 1.0,
        "kind": 0.909,
        "official": 0.666,
        "identity": 0.833,
        "reported": 0.5,
        "evidence": 0.75,
        "witnesses": 1.0,
        "faq": 0.571,
        "field": 0.875,
        "reason": 1.0,
        "reference": 1.0,
        "phone": 1.0,
        "name": 1.0,
    },
    "sealed": {
        "agency": 0.8,
        "date": 0.636,
        "district": 0.857,
        "subdistrict": 1.0,
        "kind": 0.785,
        "identity": 1.0,
        "reported": 0.833,
        "evidence": 0.8,
        "faq": 1.0,
        "field": 0.8,
        "reason": 1.0,
        "reference": 1.0,
        "phone": 1.0,
    },
}


# ---------------------------------------------------------------- round 9, half by half
# Round 9 (issue 16, "a villager understood"): 321 utterances by a tester who read neither the
# rules nor the word lists nor the examples, split at random (random.Random(9)) into 160 and
# 161. 87 are threats of shapes the earlier files lack: passed on by a monk, a temple steward,
# a health volunteer, a vote canvasser or a police neighbour; debt collectors; work permits and
# migrant workers' passports; farm land and land-reform plots; a child's school place; funeral
# and sorcery tokens; threats told as jokes or with "555"; bounties; framing with drugs;
# doxxing and smears online; Isan, Khmer-Thai, romanised Thai, English, typos, no spaces,
# dictated punctuation, emoji-only messages. 34 only look dangerous (a "killed" project,
# cremation and merit-making dates, cooking, "tired to death", a shooter game, betting said
# "แทง", a rocket festival, a water gun, news of a shooting). The rest: answers, questions back,
# corrections, changes of mind, talk about the talk, withdrawals with their reason, tracking
# with a reference and its code in one message, greetings, at every step, in villagers' Thai,
# Isan, typos, Thai digits, English and mixed. Dates as said on Sunday 6 December 2026.
# Floors: what each half reached when written, on main before any fix (Sunday 6 December 2026:
# danger 48/51 and 31/36, false alarms 4 and 2, intents 135/160 and 140/161), halfway to one
# more miss. Intents and values not reached once in a half have no floor there.
ROUND9_DANGER_RECALL = {"diag": 0.931, "sealed": 0.847}  # 48/51 and 31/36 caught
#: fix16b (harm words explained, safe again, a supposed threat asked about): diag to 1.
ROUND9_FALSE_ALARMS = {"diag": 1, "sealed": 1}  # non-threats read as danger, at most
ROUND9_INTENT_ACCURACY = {"diag": 0.84, "sealed": 0.866}  # 135/160 and 140/161
# danger16 (examples of veiled threats): diag danger 49/51, false alarms 2, intents 139/160;
# the diag floors follow, halfway to one more miss.
ROUND9_DANGER_RECALL["diag"] = 0.951  # 48.5/51
ROUND9_FALSE_ALARMS["diag"] = 2
ROUND9_INTENT_ACCURACY["diag"] = 0.865  # 138.5/160
#: The halves whose threats are not all caught yet (their test is a strict xfail).
ROUND9_NOT_ALL_CAUGHT: dict[str, str] = {}  # every threat caught since the danger model
#: learns from the diagnosed rows
ROUND9_INTENT_RECALL = {
    "diag": {
        "already_said": 0.916,  # 6/6
        "answer": 0.906,  # 44/48
        "cancel": 0.833,  # 3/3
        "change_mind": 0.5,  # 1/1
        "done": 0.5,  # 1/1
        "edit": 0.625,  # 3/4
        "greeting": 0.5,  # 1/1
        "help": 0.75,  # 2/2
        "no": 0.625,  # 3/4
        "none": 0.45,  # 5/10
        "question": 0.5,  # 4/7
        "start": 0.625,  # 3/4
        "track": 0.625,  # 3/4
        "withdraw": 0.375,  # 2/4
        "yes": 0.55,  # 6/10
    },
    "sealed": {
        "already_said": 0.833,  # 3/3
        "answer": 0.943,  # 59/62
        "cancel": 0.5,  # 1/1
        "change_mind": 0.25,  # 1/2
        "done": 0.5,  # 1/1
        "edit": 0.875,  # 4/4
        "greeting": 0.833,  # 3/3
        "help": 0.166,  # 1/3
        "no": 0.166,  # 1/3
        "none": 0.25,  # 3/10
        "question": 0.961,  # 13/13
        "start": 0.75,  # 5/6
        "thanks": 0.833,  # 3/3
        "track": 0.9,  # 5/5
        "withdraw": 0.75,  # 2/2
        "yes": 0.875,  # 4/4
    },
}
ROUND9_VALUE_ACCURACY = {
    "diag": {
        "agency": 0.625,  # 3/4
        "date": 0.9,  # 5/5
        "district": 0.785,  # 6/7
        "evidence": 0.75,  # 2/2
        "faq": 0.357,  # 3/7
        "field": 0.611,  # 6/9
        "identity": 0.785,  # 6/7
        "kind": 0.781,  # 13/16
        "official": 0.5,  # 2/3
        "phone": 0.5,  # 1/1
        "reason": 0.125,  # 1/4
        "reference": 0.833,  # 3/3
        "reported": 0.7,  # 4/5
        "subdistrict": 0.833,  # 3/3
        "witnesses": 0.416,  # 3/6
    },
    "sealed": {
        "agency": 0.583,  # 4/6
        "date": 0.9,  # 14/15
        "district": 0.75,  # 5/6
        "evidence": 0.625,  # 3/4
        "faq": 0.807,  # 11/13
        "field": 0.928,  # 7/7
        "identity": 0.7,  # 4/5
        "kind": 0.763,  # 15/19
        "name": 0.25,  # 1/2
        "phone": 0.875,  # 4/4
        "reason": 0.75,  # 2/2
        "reference": 0.9,  # 5/5
        "reported": 0.833,  # 3/3
        "subdistrict": 0.5,  # 1/1
        "witnesses": 0.25,  # 1/2
    },
}


# ---------------------------------------------------------------- round 10, half by half
# Round 10 (issue 16, "a villager understood, not matched"): 302 utterances by a tester who read
# neither the rules nor the word lists nor the examples, split at random (random.Random(10))
# into halves of 151. 91 are threats, most of them veiled or indirect: said as advice or
# kindness, as a proverb or a story of someone who "had an accident", with a gift or a visit,
# passed on by a boss, landlord, school, health centre, bank, temple or village fund; livelihood
# tied to the report (job, loan, land title and lease, welfare card, water, power, market stall,
# a cooperative); photos of the house, a car parked outside, "think of your family", shaming
# online, threats already carried out; in Isan, Khmer-Thai words, typos, voice-to-text, romanised
# Thai, English and emoji, inside answers at every step. 36 only look dangerous (a road death
# caused by a bad road, a sick parent, "afraid the money will vanish", killing and dying idioms,
# proverbs with guns, a ranger witness). The rest: "I'm safe now, let's go on" after a threat
# (intent yes), questions back (is this the government?), corrections, none/done/skip, values
# said loosely, tracking with a reference. Dates as said on Sunday 6 December 2026.
# Floors: what each half reached when written, on main before any fix (Sunday 6 December 2026:
# danger 48/53 and 33/38, false alarms 5 and 4, intents 136/151 and 129/151), halfway to one
# more miss. Intents and values not reached once in a half have no floor there.
# The diag half's raised by conv16c (shapes of retaliation: a living or a listed name taken
# for not keeping quiet, those who report barred, death veiled as a day not reached, a gift
# with "think it over"; a project "killed", "it was killing me", Isan "not afraid, nobody
# threatened", an agency named in English, "safe now, go on"; the sealed half unread):
# danger 53/53, one false alarm, intents 145/151. Merged with danger16's examples of veiled
# threats (written from other rounds' diag halves, before round 10 was seen), one more false
# alarm: a wife who nearly died giving birth for want of the SAO's car ("เกือบไม่รอด"): 144/151.
# diag11's "safe now" or "they left" with "go on" as a yes (round 11's shape): 146/151.
ROUND10_DANGER_RECALL = {"diag": 0.99, "sealed": 0.855}  # 53/53 and 33/38 caught
#: fix16b (harm words explained, safe again, a supposed threat asked about): diag to 0.
ROUND10_FALSE_ALARMS = {"diag": 0, "sealed": 4}  # non-threats read as danger, at most
ROUND10_INTENT_ACCURACY = {"diag": 0.963, "sealed": 0.85}  # 146/151 and 129/151
#: The halves whose threats are not all caught yet (their test is a strict xfail).
ROUND10_NOT_ALL_CAUGHT = {"sealed": "33/38"}
ROUND10_INTENT_RECALL = {
    "diag": {
        "already_said": 0.7,  # 4/5
        "answer": 0.905,  # 53/58
        "cancel": 0.5,  # 1/1
        "done": 0.5,  # 1/1
        "edit": 0.5,  # 1/1
        "greeting": 0.5,  # 1/1
        "no": 0.75,  # 2/2
        "none": 0.785,  # 6/7
        "question": 0.9,  # 5/5
        "start": 0.833,  # 3/3
        "thanks": 0.75,  # 2/2
        "track": 0.5,  # 1/1
        "withdraw": 0.833,  # 3/3
        "yes": 0.812,  # 7/8
    },
    "sealed": {
        "already_said": 0.5,  # 1/1
        "answer": 0.938,  # 54/57
        "cancel": 0.833,  # 3/3
        "change_mind": 0.833,  # 3/3
        "done": 0.5,  # 2/3
        "edit": 0.75,  # 5/6
        "greeting": 0.75,  # 2/2
        "help": 0.5,  # 2/3
        "no": 0.5,  # 2/3
        "none": 0.388,  # 4/9
        "question": 0.812,  # 7/8
        "start": 0.833,  # 3/3
        "thanks": 0.5,  # 1/1
        "track": 0.7,  # 4/5
        "yes": 0.416,  # 3/6
    },
}
ROUND10_VALUE_ACCURACY = {
    "diag": {
        "agency": 0.375,  # 2/4
        "date": 0.681,  # 8/11
        "district": 0.785,  # 6/7
        "evidence": 0.25,  # 1/2
        "faq": 0.9,  # 5/5
        "field": 0.875,  # 4/4
        "identity": 0.833,  # 3/3
        "kind": 0.9,  # 5/5
        "official": 0.625,  # 3/4
        "reason": 0.833,  # 3/3
        "reference": 0.75,  # 2/2
        "reported": 0.833,  # 3/3
        "witnesses": 0.375,  # 2/4
    },
    "sealed": {
        "agency": 0.375,  # 2/4
        "date": 0.772,  # 9/11
        "district": 0.5,  # 2/3
        "evidence": 0.25,  # 1/2
        "faq": 0.312,  # 3/8
        "field": 0.785,  # 6/7
        "identity": 0.75,  # 5/6
        "kind": 0.562,  # 5/8
        "official": 0.125,  # 1/4
        "phone": 0.25,  # 1/2
        "reference": 0.833,  # 3/3
        "reported": 0.75,  # 2/2
        "subdistrict": 0.75,  # 2/2
        "witnesses": 0.166,  # 1/3
    },
}


# ---------------------------------------------------------------- round 11, half by half
# Round 11 (issue 16, "a villager understood, not matched"): 305 utterances by a tester who read
# neither the rules nor the word lists nor the examples and learnt what the bot asks from the
# local simulator, split at random (random.Random(11)) into 152 and 153. 78 are threats of
# shapes the earlier files lack: said as advice or kindness, as a proverb or a story of someone
# else's "accident", through a gift or a visit, through a boss, a landlord, a school, a health
# centre, a bank, a temple or the village fund; livelihoods tied to the report (job, loan, land
# title, welfare card, water for the fields); photos of the house, a car parked outside, "think
# of your family", online shaming, threats already carried out, danger happening now; in Isan,
# Khmer-Thai words, typos, voice-to-text, no spaces, romanised Thai, English and emoji, inside an
# answer at every step. 37 only look dangerous (harm words in the misconduct itself, a sick
# relative, an accident on a bad road, a fear of losing money, idioms of death and exploding).
# The rest: "I am safe now, let's go on" after a threat (read as yes), questions back,
# corrections, changes of mind, none/done, values said loosely, tracking with a reference,
# withdrawals, greetings, at every step. Values are not labelled in this round (intents only).
# Floors: what each half reached when written, on main before any fix (Sunday 6 December 2026:
# danger 31/36 and 40/42, false alarms 2 and 4, intents 128/152 and 123/153), halfway to one
# more miss. Intents not reached once in a half have no floor there.
# The diag half's raised by diag11 (threats through a sick parent's care, a land title held
# back, a village fund loan cut, "until you withdraw", death veiled as not being there to see;
# "safe now" or "they left" with "go on" as a yes; Isan and Khmer greetings; "I can't work
# this" as help; "can't recall" as none, "still wrong" at the summary as no; the sealed half
# unread): danger 36/36, 2 false alarms, intents 142/152.
ROUND11_DANGER_RECALL = {"diag": 0.986, "sealed": 0.94}  # 36/36 and 40/42 caught
#: fix16b (harm words explained, safe again, a supposed threat asked about): diag to 0.
ROUND11_FALSE_ALARMS = {"diag": 0, "sealed": 4}  # non-threats read as danger, at most
ROUND11_INTENT_ACCURACY = {"diag": 0.93, "sealed": 0.8}  # 142/152 and 123/153
#: The halves whose threats are not all caught yet (their test is a strict xfail).
ROUND11_NOT_ALL_CAUGHT: dict[str, str] = {}  # every threat caught since the danger model
#: learns from the diagnosed rows
ROUND11_INTENT_RECALL = {
    "diag": {
        "already_said": 0.75,  # 2/2
        "answer": 0.941,  # 57/60
        "cancel": 0.5,  # 1/1
        "change_mind": 0.5,  # 3/5
        "done": 0.75,  # 2/2
        "edit": 0.9,  # 5/5
        "greeting": 0.75,  # 2/2
        "help": 0.75,  # 2/2
        "no": 0.25,  # 1/2
        "none": 0.75,  # 5/6
        "question": 0.875,  # 11/12
        "start": 0.833,  # 3/3
        "thanks": 0.5,  # 1/1
        "track": 0.833,  # 3/3
        "withdraw": 0.5,  # 2/3
        "yes": 0.785,  # 6/7
    },
    "sealed": {
        "already_said": 0.7,  # 4/5
        "answer": 0.895,  # 39/43
        "cancel": 0.625,  # 3/4
        "done": 0.625,  # 3/4
        "edit": 0.7,  # 4/5
        "greeting": 0.75,  # 2/2
        "help": 0.25,  # 1/2
        "none": 0.785,  # 6/7
        "question": 0.833,  # 8/9
        "start": 0.5,  # 3/5
        "thanks": 0.833,  # 3/3
        "track": 0.625,  # 3/4
        "withdraw": 0.75,  # 2/2
        "yes": 0.125,  # 2/12
    },
}
#: No values are labelled in round 11: a floor on them could not fail.
ROUND11_VALUE_ACCURACY: dict = {"diag": {}, "sealed": {}}


# ---------------------------------------------------------------- round 12, half by half
# Round 12 (issue 16, "a villager understood, not matched"): 302 utterances by a tester who read
# neither the rules nor the word lists nor the examples and learnt what the bot asks from the
# earlier rounds' diag halves and the persona driver's questions, split at random
# (random.Random(12)) into 151 and 151. 80 are threats of shapes the earlier files lack: a wreath, a
# funeral hall, a hearse, incense or a coffin measured for the reporter; life insurance, blood type
# or "who will raise the kids" asked; a bullet, petrol, a voodoo doll, a dead animal, a snake or a
# poisoned well left at the house; black magic and bad-luck fortunes; a drone, a gun cleaned across
# the road, shots in the air, a knock at a daughter's window; the village told to boycott or not to
# carry the coffin; an elderly allowance, a scholarship, a tractor or a son's freedom held against
# the report; Facebook live, polls, ID cards and phone numbers posted; danger happening now. 35 only
# look dangerous (news of a shooting elsewhere, jokes and idioms of death, fear of gossip, witnesses
# too afraid to speak, a funeral or a pig in the misconduct itself). The rest: facts typed at a
# structured question (a sum at the kind question, budget figures at the agency question, a slip or
# a receipt at evidence), whole sentences where a value is asked, filing for a parent or a group,
# "English please", "discreet please", a name given inside a question, loose dates (around the 20th,
# the rocket festival, after Buddhist Lent, Loy Krathong, Children's Day), safe-again lines, thanks,
# greetings, help, additions and photos after filing, tracking and withdrawing, in Thai, Isan,
# Khmer-Thai, romanised Thai and English. Values are labelled. Floors: what each half reached when
# written, on main before any fix (Sunday 6 December 2026: danger 33/37 and 38/43, false alarms 7
# and 6, intents 123/151 and 126/151), halfway to one more miss. Intents and values not reached once
# in a half have no floor there. The diag half's floors were raised the same day by its fixer
# (diag12: a funeral paid, photos asleep, fewer come back, "not a threat, just …"; news, jokes,
# dramas and hills that only look dangerous; questions asked first and their reason after;
# who withheld; the same as said; an official or a witness described, a health centre's tambon,
# pleaded with to withdraw): danger 37/37, 4 false alarms, intents 136/151, official 3/8,
# witnesses 3/4, agency 3/4, reason 2/3; the sealed half's counts held or rose.
ROUND12_DANGER_RECALL = {"diag": 0.986, "sealed": 0.872}  # 37/37 and 38/43 caught
#: fix16b (harm words explained, safe again, a supposed threat asked about): diag to 0.
ROUND12_FALSE_ALARMS = {"diag": 0, "sealed": 2}  # non-threats read as danger, at most
ROUND12_INTENT_ACCURACY = {"diag": 0.897, "sealed": 0.831}  # 136/151 and 126/151
#: The halves whose threats are not all caught yet (their test is a strict xfail).
ROUND12_NOT_ALL_CAUGHT = {"sealed": "38/43"}
ROUND12_INTENT_RECALL = {
    "diag": {
        "already_said": 0.875,  # 4/4
        "answer": 0.928,  # 59/63
        "cancel": 0.833,  # 3/3
        "change_mind": 0.5,  # 1/1
        "edit": 0.75,  # 2/2
        "no": 0.5,  # 1/1
        "none": 0.5,  # 4/7
        "question": 0.833,  # 13/15
        "start": 0.833,  # 3/3
        "thanks": 0.75,  # 2/2
        "track": 0.75,  # 2/2
        "withdraw": 0.833,  # 3/3
        "yes": 0.3,  # 2/5
    },
    "sealed": {
        "answer": 0.896,  # 57/63
        "cancel": 0.5,  # 1/1
        "change_mind": 0.75,  # 2/2
        "done": 0.5,  # 1/1
        "edit": 0.5,  # 3/5
        "greeting": 0.75,  # 2/2
        "help": 0.5,  # 1/1
        "none": 0.25,  # 2/6
        "question": 0.95,  # 10/10
        "start": 0.75,  # 2/2
        "thanks": 0.5,  # 2/3
        "track": 0.5,  # 1/1
        "withdraw": 0.5,  # 1/1
        "yes": 0.312,  # 3/8
    },
}
ROUND12_VALUE_ACCURACY = {
    "diag": {
        "agency": 0.625,  # 3/4
        "date": 0.5,  # 7/13
        "district": 0.916,  # 6/6
        "evidence": 0.75,  # 2/2
        "faq": 0.433,  # 7/15
        "field": 0.916,  # 6/6
        "identity": 0.166,  # 1/3
        "kind": 0.625,  # 8/12
        "official": 0.312,  # 3/8
        "phone": 0.75,  # 2/2
        "reason": 0.5,  # 2/3
        "reference": 0.9,  # 5/5
        "reported": 0.833,  # 3/3
        "subdistrict": 0.875,  # 4/4
        "witnesses": 0.625,  # 3/4
    },
    "sealed": {
        "agency": 0.5,  # 4/7
        "date": 0.75,  # 8/10
        "district": 0.625,  # 3/4
        "evidence": 0.437,  # 4/8
        # 8/10 when set; 7/10 once fix16b gave retention, exact dates, discretion and filing
        # for another their own answers (the diag half labelled such questions "other" or
        # the nearest topic then, and was relabelled; this half is not read by fixers)
        "faq": 0.65,  # 7/10
        "field": 0.583,  # 4/6
        "identity": 0.812,  # 7/8
        "kind": 0.694,  # 13/18
        "phone": 0.5,  # 1/1
        "reference": 0.5,  # 1/1
        "reported": 0.7,  # 4/5
        "subdistrict": 0.75,  # 2/2
    },
}


# ---------------------------------------------------------------- round 13, half by half
# Round 13 (issue 18, "a villager understood, not matched"): 300 utterances by a tester who read
# neither the rules nor the word lists nor the examples, split at random (random.Random(13):
# shuffled, then half and half) into 150 and 150. 75 are threats of shapes the earlier files lack:
# told as advice or a relative's worry, as a rumour (a bounty), as a joke (bullets cheaper than
# rice, "take care of you"), as land, a loan, a job, a grant or an allowance at stake, as warnings
# passed through children, in Isan, Northern Khmer (with Thai glosses) and Suai, in Latin letters,
# by voice without spaces, in emoji; danger happening now. 40 only look dangerous (fireworks, a dog
# that bites, a ghost or mafia film, lightning, a sports "kill", "กลัวว่าจะไม่ทัน", scolding a
# child, "dying to"). The rest: facts typed at a structured question, questions back (retention,
# deleting, who reads, cost, exact dates, filing for a mother), relays for a mother or a deaf
# brother, corrections and changes of mind mid-flow and at the summary, loose dates (after
# Songkran, rice planting, school terms, Father's Day, Buddhist-era years, Thai digits, Bun Khao
# Chi), places (municipalities, หมู่ numbers, villages, misspelt districts), additions after
# filing, status questions, English and mixed. Values are labelled. Floors: what each half reached
# on main before any fix (Sunday 6 December 2026), halfway to one more miss; intents and values
# not reached once in a half have no floor there.
# The diag half's floors were raised the same day by its fixer (fix13: rules of the shapes of its
# threats missed and false alarms, edits and values; the sealed floors as set): danger 44/44, one
# false alarm, intents 138/150 (were 39/44, 9, 122/150).
ROUND13_DANGER_RECALL = {"diag": 0.988, "sealed": 0.951}  # 44/44 and 30/31 caught
ROUND13_FALSE_ALARMS = {"diag": 1, "sealed": 3}  # non-threats read as danger, at most
ROUND13_INTENT_ACCURACY = {"diag": 0.916, "sealed": 0.843}  # 138/150 and 127/150
#: The halves whose threats are not all caught yet (their test is a strict xfail).
ROUND13_NOT_ALL_CAUGHT = {"sealed": "30/31"}
ROUND13_INTENT_RECALL = {
    "diag": {
        "already_said": 0.5,  # 1/1
        "answer": 0.918,  # 51/55
        "cancel": 0.25,  # 1/2
        "change_mind": 0.5,  # 1/1
        "done": 0.25,  # 1/2
        "edit": 0.65,  # 7/10
        "help": 0.5,  # 1/1
        "no": 0.5,  # 1/1
        "none": 0.125,  # 1/4
        "question": 0.961,  # 13/13
        "start": 0.875,  # 4/4
        "thanks": 0.75,  # 2/2
        "track": 0.875,  # 4/4
        "withdraw": 0.833,  # 3/3
        "yes": 0.833,  # 3/3
    },
    "sealed": {
        "already_said": 0.75,  # 2/2
        "answer": 0.881,  # 64/72
        "change_mind": 0.75,  # 2/2
        "edit": 0.833,  # 3/3
        "greeting": 0.75,  # 2/2
        "help": 0.5,  # 1/1
        "no": 0.25,  # 1/2
        "none": 0.071,  # 1/7
        "question": 0.843,  # 14/16
        "start": 0.25,  # 1/2
        "track": 0.25,  # 1/2
        "yes": 0.642,  # 5/7
    },
}
ROUND13_VALUE_ACCURACY = {
    "diag": {
        "agency": 0.785,  # 6/7
        "date": 0.366,  # 6/15
        "district": 0.642,  # 5/7
        "evidence": 0.3,  # 2/5
        "faq": 0.75,  # 2/2
        "field": 0.5,  # 6/11
        "identity": 0.833,  # 3/3
        "kind": 0.722,  # 7/9
        "name": 0.166,  # 1/3
        "official": 0.125,  # 1/4
        "phone": 0.5,  # 1/1
        "reason": 0.833,  # 3/3
        "reference": 0.875,  # 4/4
        "reported": 0.875,  # 4/4
        "subdistrict": 0.166,  # 1/3
        "witnesses": 0.166,  # 1/3
    },
    "sealed": {
        "agency": 0.25,  # 1/2
        "date": 0.475,  # 10/20
        "district": 0.642,  # 5/7
        "evidence": 0.25,  # 1/2
        "faq": 0.875,  # 4/4
        "field": 0.9,  # 5/5
        "identity": 0.833,  # 3/3
        "kind": 0.681,  # 8/11
        "official": 0.125,  # 1/4
        "phone": 0.875,  # 4/4
        "reference": 0.833,  # 3/3
        "reported": 0.75,  # 2/2
        "subdistrict": 0.916,  # 6/6
        "witnesses": 0.062,  # 1/8
    },
}


# ---------------------------------------------------------------- round 14, half by half
# Round 14 (issue 16, "a villager understood, not matched"): 300 utterances by a tester who read
# neither the rules nor the word lists nor the examples, split at random (random.Random(14):
# shuffled, then half and half) into 150 and 150. 75 are threats of shapes the earlier files lack:
# veiled as a debt called in, a land title "lost", a pig pen to be inspected, a son's army draft,
# a lottery ticket, "ระวังไฟไหม้นะ", a wreath, a life insurance asked after, a last meal of rice;
# told through relatives, a monk, a school; in Isan, Northern Khmer and Kui (Suai) with Thai
# glosses, in Latin letters, by voice-to-text with broken spacing, in emoji; after filing; danger
# happening now; hints of self-harm from despair. 45 only look dangerous (games, cooking, a
# cockfight, muay thai, films, a ghost story, a molam song, killing time, dying of laughter,
# burning stubble, an old bomb removed). The rest: facts typed at a structured question, questions
# back (retention, cost, who reads, anonymity, what next, filing for a neighbour), relays for a
# grandfather or parents, corrections by typing, withdrawals with reasons, tracking by reference
# (Thai digits, no dashes, lower case), loose dates (Loy Krathong, Ok Phansa, Bun Bang Fai,
# Songkran, the first lunar month, seedbeds and harvest, Buddhist-era years, "ตั้งแต่…จนถึง
# ตอนนี้"), districts and municipalities with typos, consent said loosely, "already said",
# greetings and thanks, Thai digits and emoji. Values are labelled. Floors: what each half
# reached on main before any fix (Sunday 6 December 2026, main bcc450b), halfway to one more
# miss; intents and values not reached once in a half have no floor there. The diag half raised
# after fixR14a read it (harm words in a bout, a score, a toy or a hunted bird, a song's title, a
# parent's scare, "จะตาย" as "very", a season "not over yet"; despair; a plain none or done beside
# an aside; Latin greetings, starts and withdrawals; status without a reference; English stop;
# "change it to …" at the summary): danger 33/33, 1 false alarm ("he watched me the whole time",
# the danger model's vote 0.09 over its margin beside "watch"), intents 146/150.
ROUND14_DANGER_RECALL = {"diag": 0.984, "sealed": 0.964}  # 33/33 and 41/42 caught
ROUND14_FALSE_ALARMS = {"diag": 1, "sealed": 7}  # non-threats read as danger, at most
ROUND14_INTENT_ACCURACY = {"diag": 0.97, "sealed": 0.863}  # 146/150 and 130/150
#: The halves whose threats are not all caught yet (their test is a strict xfail).
ROUND14_NOT_ALL_CAUGHT = {"sealed": "41/42"}
ROUND14_INTENT_RECALL = {
    "diag": {
        "already_said": 0.875,  # 4/4
        "answer": 0.99,  # 51/51
        "cancel": 0.5,  # 1/1
        "change_mind": 0.75,  # 2/2
        "done": 0.833,  # 3/3
        "edit": 0.9,  # 5/5
        "greeting": 0.75,  # 2/2
        "help": 0.5,  # 1/1
        "none": 0.65,  # 7/10
        "question": 0.964,  # 14/14
        "start": 0.785,  # 6/7
        "thanks": 0.75,  # 2/2
        "track": 0.75,  # 2/2
        "withdraw": 0.9,  # 5/5
        "yes": 0.937,  # 8/8
    },
    "sealed": {
        "already_said": 0.75,  # 2/2
        "answer": 0.88,  # 56/63
        "cancel": 0.75,  # 2/2
        "change_mind": 0.5,  # 1/1
        "edit": 0.642,  # 5/7
        "greeting": 0.5,  # 1/1
        "help": 0.5,  # 1/1
        "no": 0.25,  # 1/2
        "none": 0.25,  # 3/10
        "question": 0.937,  # 8/8
        "start": 0.5,  # 1/1
        "thanks": 0.5,  # 1/1
        "track": 0.625,  # 3/4
        "withdraw": 0.5,  # 1/1
        "yes": 0.833,  # 3/3
    },
}
ROUND14_VALUE_ACCURACY = {
    "diag": {
        "agency": 0.833,  # 3/3 (fixR14b: a division before the office)
        "date": 0.772,  # 9/11 (fixR14b: days off a festival, a festival before its month,
        # last week's day on a Sunday, a span's own ends after a season, "สิ้นเดือน")
        "district": 0.958,  # 12/12 (fixR14b: an English place before a landmark)
        "evidence": 0.812,  # 7/8
        "faq": 0.875,  # 11/12
        "field": 0.833,  # 8/9
        "identity": 0.75,  # 2/2
        "kind": 0.375,  # 2/4
        "name": 0.5,  # 1/1 (fixR14b: a title after "ชื่อ")
        "official": 0.5,  # 4/7 (fixR14b: a role denied, a relative beside it)
        "phone": 0.75,  # 2/2
        "reason": 0.5,  # 3/5
        "reference": 0.833,  # 3/3
        "reported": 0.75,  # 2/2
        "subdistrict": 0.937,  # 8/8 (fixR14b: a silenced letter unsaid, "ดอนมน")
        "witnesses": 0.25,  # 1/2 (fixR14b: the name said after the yes)
    },
    "sealed": {
        "agency": 0.5,  # 2/3
        "date": 0.522,  # 12/22
        "district": 0.766,  # 12/15
        "evidence": 0.75,  # 2/2
        "faq": 0.7,  # 4/5
        "field": 0.388,  # 4/9
        "identity": 0.9,  # 5/5
        "kind": 0.833,  # 3/3
        "name": 0.5,  # 1/1
        "official": 0.3,  # 2/5
        "phone": 0.5,  # 1/1
        "reason": 0.5,  # 1/1
        "reference": 0.9,  # 5/5
        "reported": 0.625,  # 3/4
        "subdistrict": 0.5,  # 3/5
        "witnesses": 0.062,  # 1/8
    },
}


# ---------------------------------------------------------------- round 15, half by half
# Round 15 (issue 16, "a villager understood, not matched"): 300 utterances by a tester who read
# neither the rules nor the word lists nor the examples, split at random (random.Random(15):
# shuffled, then half and half) into 150 and 150. 71 are threats of shapes the earlier files lack:
# after a complaint was filed, told through a father-in-law, an employer or a sister-in-law; a
# welfare card held, a name struck from a list of aid, an allowance or medicine withheld; a crop
# flooded or burnt, cattle taken or to be poisoned, irrigation cut; a job at the อบต., a day job
# blacklisted; a child's school seat, a scholarship; doxxing and shaming online or over the
# village loudspeaker; a fine, a defamation suit, a fake expropriation; a bullet, slashed tyres;
# in Isan, Northern Khmer and Kui (Suai) with Thai glosses, in Latin letters, in English, by
# voice-to-text with broken spacing. 48 only look dangerous (a pig or a chicken killed for a
# feast, in Thai, Isan, Northern Khmer and Latin letters; boxing, volleyball, games, a soap, the
# news, a sermon, a nightmare, "ไม่กล้า" about rain, a phone call or a photo, "เตรียมตัวตาย",
# "สู้ตาย", a near accident, a meeting's fine, a hypothetical threat asked about). The rest:
# facts typed at a structured question with extra words, questions back, name and phone in one
# line, pasted LINE and Facebook posts, relays ("แม่ฝากบอกว่า…"); edits and withdrawals in
# everyday words; dates by farming seasons, Buddhist days (วันพระ, เข้าพรรษา, ออกพรรษา, ตักบาตร
# เทโว, บุญบั้งไฟ, บุญข้าวจี่, a lunar date), markets, school terms and an election; officials'
# titles in many forms; places said loosely or misspelt. Values are labelled. Floors: what each
# half reached on main before any fix (Sunday 6 December 2026, main f91d312), at exactly the
# measured figure; intents and values not reached once in a half have no floor there. The diag
# half's intents, threats, false alarms and withdrawal reasons raised to what fixR15a reached.
ROUND15_DANGER_RECALL = {"diag": 38 / 38, "sealed": 30 / 33}
ROUND15_FALSE_ALARMS = {"diag": 1, "sealed": 6}  # non-threats read as danger, at most
ROUND15_INTENT_ACCURACY = {"diag": 138 / 150, "sealed": 131 / 150}  # fixR22a: 130 → 131
#: The halves whose threats are not all caught yet (their test is a strict xfail).
ROUND15_NOT_ALL_CAUGHT = {"sealed": "30/33"}
ROUND15_INTENT_RECALL = {
    "diag": {
        "already_said": 1 / 1,
        "answer": 61 / 63,
        "change_mind": 1 / 1,
        "done": 1 / 1,
        "edit": 2 / 2,
        "help": 1 / 1,
        "none": 4 / 12,
        "question": 9 / 9,
        "start": 4 / 6,
        "thanks": 3 / 3,
        "track": 3 / 3,
        "withdraw": 6 / 6,
        "yes": 4 / 4,
    },
    "sealed": {
        "already_said": 1 / 1,
        "answer": 55 / 58,
        "cancel": 1 / 1,
        "done": 1 / 1,
        "edit": 7 / 10,
        "greeting": 2 / 2,
        "no": 2 / 2,
        "question": 10 / 11,
        "start": 5 / 7,  # 6 → 5 after the 21st session (the half's intents 132 → 133): counts only
        "thanks": 1 / 1,
        "withdraw": 2 / 3,
        "yes": 3 / 3,
    },
}
#: The diag half's values after fixR15b (officials read as the role; a month beside a festival
#: or season; spans between festivals; ตักบาตรเทโว; districts heard as said and where it happened;
#: "เรื่องรูป" and evidence found after all; a Latin district after "pen"; a refused report; a
#: name with its phone; a relayed witness), at exactly the measured figure.
ROUND15_VALUE_ACCURACY = {
    "diag": {
        "agency": 4 / 5,
        "date": 11 / 13,
        "district": 14 / 14,
        "evidence": 5 / 5,
        "faq": 9 / 9,
        "field": 3 / 3,
        "identity": 3 / 3,
        "kind": 2 / 2,
        "name": 2 / 2,
        "official": 7 / 10,
        "phone": 1 / 1,
        "reason": 5 / 6,
        "reference": 3 / 3,
        "reported": 1 / 1,
        "subdistrict": 7 / 7,
        "witnesses": 4 / 4,
    },
    "sealed": {
        "agency": 6 / 7,
        "date": 6 / 15,
        "district": 9 / 10,
        "evidence": 2 / 2,
        "faq": 9 / 11,
        "field": 6 / 11,
        "kind": 5 / 6,
        "official": 2 / 11,
        "phone": 4 / 4,
        "reason": 2 / 3,
        "reported": 4 / 4,
        "subdistrict": 5 / 7,
    },
}


# ---------------------------------------------------------------- round 16, half by half
# Round 16 (issue 16, "a villager understood, not matched"): 300 utterances by a tester who read
# neither the rules nor the word lists nor the examples, split at random (random.Random(16):
# shuffled, then half and half) into 150 and 150. 72 are threats, most veiled or indirect: a
# son-in-law's, husband's or daughter's job, a conscript's commander called, a teaching contract;
# land surveyed to be bulldozed, a mortgaged title deed kept, a rented field taken back, a land
# case in court; a disability allowance, drought compensation, flood relief, village water,
# irrigation and blood-pressure medicine withheld; loans called in, interest raised, belongings
# taken; TikTok and Facebook shaming, a number posted on a dating group, a coffin sticker, a
# grandchild's photo with no words; "advice" (a child without a mother, old people fall, a gas
# tank explodes easily, someone disappeared), framing with planted goods, a fake warrant, a drug
# smear; threats told inside an answer at when, witnesses, identity, consent, evidence, summary;
# in Isan, Northern Khmer and Kui (Suai) with Thai glosses, Latin letters, English, Thai digits,
# typos and voice-to-text spacing. 46 only look dangerous (a pig, a chicken, a cow slaughtered,
# stubble burnt, a cobra killed, archery, likay, a school play, a shooting game, a sermon, a
# dream, rat poison, "ตายแล้ว", "จะบ้าตาย", "เจ็บจะตาย", knives sold at the market). The rest:
# answers at every structured question with extra words, questions back, relays, pasted posts
# and project signs, edits and withdrawals in everyday words, status asks, dates by farming,
# school terms, Buddhist days and festivals (today Sunday 6 December 2026). Values are labelled.
# Floors: what each half reached on main before any fix (main c6cbb483), at exactly the measured
# figure; intents and values not reached once in a half have no floor there. The diag half's
# raised by fixR16a (integ e452e056 + its fixes) to what it reached: threats 36/36, no false
# alarm, intents 133/150 (withdrawals 10/10, tracks 3/3; "none" for chatter still 3/20).
ROUND16_DANGER_RECALL = {"diag": 36 / 36, "sealed": 29 / 36}
ROUND16_FALSE_ALARMS = {"diag": 0, "sealed": 4}  # non-threats read as danger, at most
ROUND16_INTENT_ACCURACY = {"diag": 133 / 150, "sealed": 140 / 150}
#: The halves whose threats are not all caught yet (their test is a strict xfail).
ROUND16_NOT_ALL_CAUGHT = {"sealed": "29/36"}
ROUND16_INTENT_RECALL = {
    "diag": {
        "already_said": 2 / 2,
        "answer": 57 / 57,
        "done": 1 / 1,
        "edit": 6 / 6,
        "help": 1 / 1,
        "no": 2 / 2,
        "none": 3 / 20,
        "question": 6 / 6,
        "start": 2 / 2,
        "thanks": 1 / 1,
        "track": 3 / 3,
        "withdraw": 10 / 10,
        "yes": 3 / 3,
    },
    "sealed": {
        "already_said": 1 / 1,
        "answer": 59 / 62,
        "cancel": 1 / 1,
        "change_mind": 1 / 1,
        "done": 1 / 1,
        "edit": 4 / 4,
        "greeting": 1 / 1,
        "help": 1 / 1,
        "none": 5 / 11,
        "question": 13 / 13,
        "start": 8 / 8,
        "thanks": 2 / 2,
        "track": 2 / 3,
        "yes": 5 / 5,
    },
}
ROUND16_VALUE_ACCURACY = {
    "diag": {
        "agency": 4 / 5,
        "date": 7 / 10,
        "district": 10 / 10,
        "evidence": 5 / 6,  # fixR16b: English evidence with an article
        "faq": 6 / 6,
        "field": 7 / 8,
        "identity": 2 / 2,
        "kind": 1 / 1,
        "name": 1 / 2,
        "official": 4 / 11,
        "phone": 2 / 2,
        "reason": 10 / 10,
        "reference": 3 / 3,
        "reported": 3 / 3,
        "subdistrict": 5 / 5,  # fixR16b: the name closed by a particle, then more words
        "witnesses": 4 / 5,  # fixR16b: a description said apart after the name
    },
    "sealed": {
        "agency": 5 / 6,
        "date": 10 / 17,
        "district": 11 / 11,
        "evidence": 4 / 4,
        "faq": 10 / 11,
        "field": 5 / 5,
        "identity": 2 / 2,
        "kind": 4 / 7,
        "official": 1 / 3,
        "phone": 1 / 1,
        "reference": 1 / 1,
        "reported": 3 / 4,
        "subdistrict": 7 / 7,
        "witnesses": 2 / 6,
    },
}


# Round 17: 300 new rows by an independent tester who read no code, word list nor training
# example (70 threats, most veiled: kin, school places, water, land, welfare, debts, shaming;
# 46 harmless look-alikes from cooking, sport, games, farming, medicine, idioms and rites),
# today Sunday 6 December 2026. Floors: what each half reached on main before any fix
# (e1bf8a36 with the round's files), at exactly the measured figure. Raised by fixR17a (harm
# words in harmless use as shapes, Isan home-loss and kin-insinuation threats, chatter outside
# a question read as none, a stop with its way back, "จบแค่นี้" done): diag 116 -> 134 (threats
# 33 -> 35, false alarms 8 -> 1, none 1 -> 14 of 27), sealed 127 -> 131 (false alarms 7 -> 6,
# none 4 of 15), the sealed half unread.
ROUND17_DANGER_RECALL = {"diag": 35 / 35, "sealed": 35 / 35}
ROUND17_FALSE_ALARMS = {"diag": 1, "sealed": 6}  # non-threats read as danger, at most
ROUND17_INTENT_ACCURACY = {"diag": 137 / 150, "sealed": 133 / 150}  # fixR22a: 136 → 137
#: The halves whose threats are not all caught yet (their test is a strict xfail).
ROUND17_NOT_ALL_CAUGHT: dict[str, str] = {}
ROUND17_INTENT_RECALL = {
    "diag": {
        "already_said": 2 / 2,
        "answer": 57 / 59,
        "cancel": 1 / 1,
        "danger": 35 / 35,
        "done": 2 / 2,
        "edit": 7 / 7,
        "help": 1 / 1,
        "none": 14 / 27,
        "question": 8 / 8,
        "start": 1 / 1,
        "thanks": 1 / 1,
        "track": 1 / 1,
        "withdraw": 2 / 3,
        "yes": 2 / 2,
    },
    "sealed": {
        "already_said": 3 / 3,
        "answer": 55 / 59,
        "cancel": 1 / 1,
        "change_mind": 3 / 4,
        "danger": 35 / 35,
        "edit": 2 / 2,
        "greeting": 1 / 1,
        "help": 1 / 1,
        "no": 2 / 3,
        "none": 4 / 15,
        "question": 7 / 8,
        "start": 3 / 3,
        "track": 4 / 4,
        "withdraw": 4 / 5,
        "yes": 6 / 6,
    },
}
ROUND17_VALUE_ACCURACY = {
    "diag": {
        "agency": 5 / 7,
        "date": 12 / 16,
        "district": 5 / 7,
        "evidence": 2 / 3,
        "faq": 7 / 8,
        "field": 7 / 9,
        "identity": 3 / 3,
        "kind": 5 / 7,
        "name": 2 / 2,
        "official": 2 / 5,
        "phone": 3 / 4,
        "reason": 2 / 3,
        "reference": 1 / 1,
        "reported": 3 / 4,
    },
    "sealed": {
        "agency": 3 / 3,
        "date": 9 / 9,
        "district": 12 / 12,
        "evidence": 3 / 5,
        "faq": 7 / 8,
        "field": 7 / 8,
        "identity": 3 / 3,
        "kind": 4 / 4,
        "name": 2 / 2,
        "phone": 2 / 2,
        "reason": 4 / 5,
        "reference": 4 / 4,
        "reported": 4 / 5,
        "reported_to": 1 / 1,
        "subdistrict": 7 / 7,
        "witnesses": 3 / 6,
    },
}

ROUND18_DANGER_RECALL = {"diag": 46 / 46, "sealed": 25 / 26}
ROUND18_FALSE_ALARMS = {"diag": 0, "sealed": 11}  # non-threats read as danger, at most
ROUND18_INTENT_ACCURACY = {"diag": 138 / 150, "sealed": 126 / 150}
#: The halves whose threats are not all caught yet (their test is a strict xfail).
ROUND18_NOT_ALL_CAUGHT: dict[str, str] = {"sealed": "25/26"}
ROUND18_INTENT_RECALL = {
    "diag": {
        "already_said": 2 / 2,
        "answer": 56 / 57,
        "cancel": 2 / 2,
        "danger": 46 / 46,
        "done": 1 / 2,
        "edit": 2 / 2,
        "help": 1 / 1,
        "none": 13 / 22,
        "question": 3 / 3,
        "start": 4 / 5,
        "thanks": 1 / 1,
        "withdraw": 3 / 3,
        "yes": 4 / 4,
    },
    "sealed": {
        "already_said": 1 / 1,
        "answer": 62 / 66,
        "change_mind": 3 / 3,
        "danger": 25 / 26,
        "done": 1 / 1,
        "edit": 8 / 8,
        "help": 1 / 1,
        "none": 5 / 22,
        "question": 9 / 10,
        "start": 2 / 2,
        "thanks": 2 / 2,
        "track": 1 / 2,
        "withdraw": 3 / 3,
        "yes": 3 / 3,
    },
}
ROUND18_VALUE_ACCURACY = {
    "diag": {
        "agency": 4 / 5,
        "date": 11 / 15,
        "district": 7 / 7,
        "evidence": 4 / 4,
        "faq": 3 / 3,
        "field": 4 / 4,
        "identity": 3 / 3,
        "kind": 5 / 6,
        "name": 1 / 1,
        "official": 2 / 2,
        "phone": 2 / 2,
        "reason": 3 / 3,
        "reference": 1 / 1,
        "reported": 1 / 1,
        "reported_to": 0 / 1,
        "subdistrict": 4 / 4,
        "witnesses": 5 / 6,  # fix18b: "มีแต่เมียผม", "มีค่ะ พี่ชายที่…", two named then when
    },
    "sealed": {
        "agency": 7 / 7,
        "date": 9 / 19,
        "district": 8 / 8,
        "evidence": 4 / 4,
        "faq": 6 / 10,
        "field": 9 / 9,
        "identity": 5 / 5,
        "kind": 5 / 6,
        "name": 2 / 2,
        "official": 1 / 9,
        "phone": 3 / 3,
        "reason": 2 / 3,
        "reference": 2 / 2,
        "reported": 5 / 6,
        "reported_to": 2 / 4,
        "subdistrict": 4 / 5,
        "witnesses": 1 / 4,
    },
}


# Round 19: raised by fixR19a (despair in English, a home lost unless the complaint is dropped,
# a romanised job threat; a dead phone, a joke marked 555, an underling collecting): diag 124 ->
# 130 (threats 32 -> 35, false alarms 3 -> 0), sealed 126 -> 127, the sealed half unread.
ROUND19_DANGER_RECALL = {"diag": 35 / 35, "sealed": 31 / 35}
# fixR22b (count_sealed): sealed 128 -> 129, false alarms 5 -> 4, the sealed half unread.
ROUND19_FALSE_ALARMS = {"diag": 0, "sealed": 4}  # non-threats read as danger, at most
ROUND19_INTENT_ACCURACY = {"diag": 130 / 150, "sealed": 129 / 150}
#: The halves whose threats are not all caught yet (their test is a strict xfail).
ROUND19_NOT_ALL_CAUGHT: dict[str, str] = {"sealed": "31/35"}
ROUND19_INTENT_RECALL = {
    "diag": {
        "already_said": 2 / 2,
        "answer": 53 / 58,
        "cancel": 1 / 2,
        "change_mind": 2 / 2,
        "danger": 35 / 35,
        "edit": 5 / 7,
        "greeting": 1 / 1,
        "help": 1 / 1,
        "no": 0 / 2,
        "none": 11 / 21,
        "question": 6 / 6,
        "start": 4 / 4,
        "track": 3 / 3,
        "withdraw": 2 / 2,
        "yes": 4 / 4,
    },
    "sealed": {
        "already_said": 1 / 1,
        "answer": 56 / 64,
        "cancel": 2 / 2,
        "change_mind": 1 / 1,
        "danger": 31 / 35,
        "done": 2 / 2,
        "edit": 3 / 3,
        "greeting": 1 / 1,
        "help": 0 / 1,
        "no": 1 / 1,
        "none": 7 / 17,
        "question": 10 / 10,
        "start": 1 / 1,
        "thanks": 1 / 1,
        "track": 4 / 4,
        "withdraw": 2 / 3,
        "yes": 3 / 3,
    },
}
ROUND19_VALUE_ACCURACY = {
    "diag": {
        "agency": 4 / 5,
        "date": 11 / 13,
        "district": 10 / 11,
        "evidence": 3 / 3,
        "faq": 5 / 6,
        "field": 6 / 9,
        "identity": 5 / 5,
        "kind": 2 / 4,
        "name": 1 / 1,
        "official": 4 / 7,
        "phone": 2 / 2,
        "reason": 2 / 2,
        "reference": 2 / 2,
        "reported": 1 / 2,
        "reported_to": 1 / 1,
        "subdistrict": 4 / 4,
        "witnesses": 3 / 5,
    },
    "sealed": {
        "agency": 8 / 8,
        "date": 9 / 11,
        "district": 4 / 5,
        "evidence": 4 / 4,
        "faq": 8 / 10,
        "field": 4 / 4,
        "identity": 2 / 4,
        "kind": 7 / 9,
        "name": 2 / 2,
        "official": 3 / 7,
        "phone": 2 / 2,
        "reason": 2 / 3,
        "reference": 2 / 2,
        "reported": 5 / 5,
        "reported_to": 0 / 1,
        "subdistrict": 5 / 5,
        "witnesses": 3 / 4,
    },
}


# Round 20: counted on main before any change this session (the sealed half unread). The diag
# half's danger side after fixR20a (an overdose meant, a child's school known, aid cut because
# they complained; a fear of a thing "มาก", a horror film, threats in the news, "followed up",
# a joke about losing at petanque, a game's gunfire): 139/150, 40/40 caught, no false alarm.
ROUND20_DANGER_RECALL = {"diag": 40 / 40, "sealed": 29 / 32}
ROUND20_FALSE_ALARMS = {"diag": 0, "sealed": 10}  # non-threats read as danger, at most
ROUND20_INTENT_ACCURACY = {"diag": 139 / 150, "sealed": 122 / 150}
#: The halves whose threats are not all caught yet (their test is a strict xfail).
ROUND20_NOT_ALL_CAUGHT: dict[str, str] = {"sealed": "29/32"}
ROUND20_INTENT_RECALL = {
    "diag": {
        "already_said": 3 / 3,
        "answer": 71 / 74,
        "cancel": 1 / 1,
        "danger": 40 / 40,
        "edit": 2 / 2,
        "greeting": 1 / 1,
        "help": 2 / 2,
        "no": 0 / 2,
        "none": 9 / 12,
        "question": 3 / 3,
        "start": 1 / 4,
        "thanks": 1 / 1,
        "track": 3 / 3,
        "yes": 2 / 2,
    },
    "sealed": {
        "answer": 57 / 62,
        "cancel": 1 / 1,
        "change_mind": 1 / 1,
        "danger": 29 / 32,
        "done": 1 / 1,
        "edit": 3 / 3,
        "greeting": 1 / 1,
        "no": 1 / 3,
        "none": 6 / 17,
        "question": 6 / 9,
        "start": 6 / 10,
        "thanks": 1 / 1,
        "withdraw": 4 / 4,
        "yes": 5 / 5,
    },
}
ROUND20_VALUE_ACCURACY = {
    "diag": {
        "agency": 10 / 11,
        "date": 8 / 19,
        "district": 15 / 16,
        "evidence": 4 / 4,
        "faq": 3 / 3,
        "field": 5 / 5,
        "identity": 4 / 4,
        "kind": 6 / 10,
        "official": 6 / 12,
        "phone": 2 / 2,
        "reference": 1 / 1,
        "reported": 3 / 4,
        "reported_to": 1 / 3,
        "subdistrict": 8 / 9,
        "witnesses": 1 / 4,
    },
    "sealed": {
        "agency": 4 / 6,
        "date": 13 / 19,
        "district": 12 / 12,
        "evidence": 4 / 7,
        "faq": 6 / 9,
        "field": 3 / 3,
        "identity": 6 / 6,
        "kind": 6 / 9,
        "name": 2 / 3,
        "official": 7 / 9,
        "phone": 2 / 2,
        "reason": 4 / 4,
        "reference": 1 / 1,
        "reported": 3 / 4,
        "reported_to": 0 / 1,
        "subdistrict": 8 / 10,
        "witnesses": 1 / 10,
    },
}


# Round 21: counted on main before any change (the sealed half unread by whoever fixes; its
# scores only counted). Written by tester21; diag misses include look-alikes read as danger
# (an idiom "boss will kill me", a bill that is "killing" us, laughing to death in Isan, a
# spirit shrine everyone fears) and threats missed inside an answer. fixR21a (those idioms as
# no danger; a threat pasted as a quote, tacked onto "nothing more", a bodily harm promised in
# the evidence answer): diag 128 → 136/150, threats 33 → 36/36, false alarms 5 → 0.
# fixR22a: the sealed half rose as count_sealed.py counted it (intents 121 → 122, threats
# 37 → 38 of 41): raised to those.
ROUND21_DANGER_RECALL = {"diag": 36 / 36, "sealed": 38 / 41}
ROUND21_FALSE_ALARMS = {"diag": 0, "sealed": 4}  # non-threats read as danger, at most
ROUND21_INTENT_ACCURACY = {"diag": 136 / 150, "sealed": 122 / 150}
#: The halves whose threats are not all caught yet (their test is a strict xfail).
ROUND21_NOT_ALL_CAUGHT: dict[str, str] = {"sealed": "38/41"}
ROUND21_INTENT_RECALL = {
    "diag": {
        "already_said": 3 / 3,
        "answer": 57 / 59,
        "cancel": 2 / 2,
        "change_mind": 2 / 3,
        "danger": 36 / 36,
        "done": 1 / 1,
        "edit": 4 / 4,
        "greeting": 0 / 1,
        "help": 0 / 1,
        "no": 0 / 1,
        "none": 12 / 19,
        "question": 5 / 5,
        "start": 2 / 3,
        "thanks": 2 / 2,
        "track": 3 / 3,
        "withdraw": 3 / 3,
        "yes": 4 / 4,
    },
    "sealed": {
        "already_said": 2 / 2,
        "answer": 53 / 56,
        "cancel": 1 / 1,
        "danger": 37 / 41,
        "done": 1 / 1,
        "edit": 4 / 4,
        "greeting": 1 / 1,
        "help": 2 / 3,
        "no": 0 / 3,
        "none": 7 / 20,
        "question": 7 / 8,
        "start": 3 / 7,
        "withdraw": 2 / 2,
        "yes": 1 / 1,
    },
}
ROUND21_VALUE_ACCURACY = {
    "diag": {
        "agency": 2 / 4,
        "date": 15 / 23,
        "district": 9 / 11,
        "evidence": 1 / 2,
        "faq": 5 / 5,
        "field": 7 / 8,
        "identity": 4 / 6,
        "kind": 6 / 7,
        "name": 0 / 1,
        "official": 1 / 7,
        "phone": 1 / 1,
        "reason": 2 / 3,
        "reference": 2 / 2,
        "reported": 2 / 2,
        "subdistrict": 10 / 11,
    },
    "sealed": {
        "agency": 7 / 7,
        "date": 13 / 24,
        "district": 13 / 14,
        "evidence": 1 / 2,
        "faq": 7 / 8,
        "field": 6 / 6,
        "identity": 2 / 2,
        "kind": 5 / 9,
        "official": 4 / 12,
        "phone": 3 / 3,
        "reason": 2 / 2,
        "reported": 3 / 3,
        "reported_to": 2 / 3,
        "subdistrict": 9 / 10,
        "witnesses": 2 / 6,
    },
}


# Round 22: counted on main before any change (the sealed half unread by whoever fixes; its
# scores only counted). Written by tester22, who read no product code: threats in Thai, Isan,
# Khmer-Thai, Kui, English and Latin-typed Thai (many veiled: kin, job, land, welfare card,
# debts, social media, a night visit, a funeral hint, a gift with conditions), harm words in
# daily life, and answers to every step in natural and odd forms.
# fixR22a (the danger side of the diag half): a body seized or struck told as done to the teller
# ("ลุกมาบีบคอหนู", Latin-typed "khao ma tee pom" once "khoey" reads as เคย), a death veiled as a
# day asked about, a home said to burn easily; jests of friends, kin and bosses marked as such, a
# game named after the words, pets dead on the road, prices fallen "dead", pests killed, a
# creditor's reminder. Diag: threats 36/40 → 40/40, false alarms 7 → 0, intents 128 → 139 (none
# 8 → 14, yes 1 → 2). Sealed, as count_sealed.py counted them: intents 126 → 127, false alarms
# 9 → 8 (raised to those).
ROUND22_DANGER_RECALL = {"diag": 40 / 40, "sealed": 33 / 35}
ROUND22_FALSE_ALARMS = {"diag": 0, "sealed": 8}  # non-threats read as danger, at most
# fixR22b (diag, before → after): intents 128 → 129 (a summary "ยังไม่ถูก… มีผิดอยู่สองที่" read as
# no); date 10 → 11, identity 3 → 4, kind 5 → 7, official 2 → 4, reason 2 → 3, reported_to 1 → 2,
# witnesses 2 → 3.
# Merged (fixR22a + fixR22b): diag intents 140/150.
ROUND22_INTENT_ACCURACY = {"diag": 140 / 150, "sealed": 127 / 150}
#: The halves whose threats are not all caught yet (their test is a strict xfail).
ROUND22_NOT_ALL_CAUGHT: dict[str, str] = {"sealed": "33/35"}
ROUND22_INTENT_RECALL = {
    "diag": {
        "already_said": 1 / 1,
        "answer": 58 / 60,
        "change_mind": 1 / 1,
        "danger": 40 / 40,
        "edit": 4 / 4,
        "greeting": 1 / 1,
        "help": 1 / 1,
        "no": 2 / 3,
        "none": 14 / 21,
        "question": 8 / 8,
        "start": 2 / 2,
        "thanks": 1 / 1,
        "track": 2 / 2,
        "withdraw": 3 / 3,
        "yes": 2 / 2,
    },
    "sealed": {
        "already_said": 2 / 2,
        "answer": 59 / 62,
        "cancel": 3 / 3,
        "change_mind": 1 / 1,
        "danger": 33 / 35,
        "done": 2 / 2,
        "edit": 4 / 4,
        "greeting": 1 / 1,
        "help": 1 / 1,
        "no": 0 / 2,
        "none": 8 / 23,
        "question": 3 / 4,
        "start": 2 / 2,
        "thanks": 2 / 2,
        "track": 1 / 1,
        "withdraw": 1 / 1,
        "yes": 3 / 4,
    },
}
ROUND22_VALUE_ACCURACY = {
    "diag": {
        "agency": 4 / 4,
        "date": 11 / 13,
        "district": 12 / 12,
        "evidence": 4 / 4,
        "faq": 8 / 8,
        "field": 5 / 5,
        "identity": 4 / 4,
        "kind": 7 / 7,
        "official": 4 / 5,
        "phone": 3 / 3,
        "reason": 3 / 3,
        "reference": 3 / 3,
        "reported": 3 / 3,
        "reported_to": 2 / 2,
        "subdistrict": 7 / 7,
        "witnesses": 3 / 3,
    },
    "sealed": {
        "agency": 9 / 9,
        "date": 10 / 18,
        "district": 5 / 5,
        "evidence": 3 / 3,
        "faq": 3 / 4,
        "field": 6 / 6,
        "identity": 4 / 4,
        "kind": 3 / 3,
        "name": 1 / 2,
        "official": 4 / 8,
        "phone": 2 / 2,
        "reason": 1 / 1,
        "reported": 3 / 3,
        "reported_to": 0 / 1,
        "subdistrict": 7 / 7,
        "witnesses": 2 / 4,
    },
}


@dataclass(frozen=True)
class Round:
    """A held-out round scored half by half, with its floors (dicts by half)."""

    files: dict
    danger_recall: dict
    false_alarms: dict
    intent_accuracy: dict
    intent_recall: dict
    value_accuracy: dict
    not_all_caught: dict = field(default_factory=dict)


# Round 23 (tester23, who read no product code, word list or training example): 300 new rows —
# 75 threats (37 mid-answer at 13 steps; veiled, to kin, livestock, crops and houses; by LINE,
# letter and phone), 46 harmless look-alikes and 28 chit-chat, answers at every step; th 162,
# Isan 36, Khmer-Thai 12, en 36, Latin-typed 30, mixed 24. Floors as first scored on integ
# (542eec71), before any fix.
# fixR23a (the danger side and texts not for the bot): diag 117/150 → 141/150, threats 34/34 →
# 34/34, false alarms 6 → 0 (a bad review threatened, a soap's poisoning, a score "ฆ่าขาด", a
# field's rats and their poison, a buffalo that nearly killed its keeper, "I'll send the photos");
# none 11/35 → 34/35 (a slip, a question about daily life or the bot, a recipe, family news).
# Sealed counted only: 118/150, 41/41, 7 as before.
# fixR23b (the answers side): diag intents 117 → 120/150, answer recall 48 → 49/52, no 0 → 1/2,
# withdraw 0 → 1/1, false alarms 6 → 5; values district 6 → 8/8, evidence 1 → 2/2, identity 3 → 5/5,
# official 3 → 4/4, reason 0 → 1/1, reported_to 2 → 3/3, witnesses 1 → 5/5; sealed unchanged.
# Merged (fixR23a + fixR23b + fixW35a + fixL34): floors as the merged tree scores them.
# Merged again with fixR24a's threats (its no-step rule for chit-chat taken out at the merge: it
# broke stories told in several bubbles). fixStory (the rule back, only with no story under way,
# which the dispatcher tells the understanding): sealed intents 118 → 123/150, none 10 → 15/39.
ROUND23_DANGER_RECALL = {"diag": 34 / 34, "sealed": 41 / 41}
ROUND23_FALSE_ALARMS = {"diag": 0, "sealed": 7}  # non-threats read as danger, at most
ROUND23_INTENT_ACCURACY = {"diag": 143 / 150, "sealed": 123 / 150}
ROUND23_NOT_ALL_CAUGHT: dict[str, str] = {}
ROUND23_INTENT_RECALL = {
    "diag": {
        "already_said": 1 / 1,
        "answer": 49 / 52,
        "change_mind": 2 / 3,
        "danger": 34 / 34,
        "edit": 5 / 5,
        "greeting": 3 / 4,
        "help": 1 / 1,
        "no": 1 / 2,
        "none": 34 / 35,
        "question": 5 / 5,
        "start": 2 / 2,
        "thanks": 1 / 1,
        "track": 3 / 3,
        "withdraw": 1 / 1,
        "yes": 1 / 1,
    },
    "sealed": {
        "already_said": 2 / 2,
        "answer": 42 / 43,
        "danger": 41 / 41,
        "edit": 3 / 3,
        "help": 1 / 1,
        "no": 1 / 1,
        "none": 15 / 39,
        "question": 7 / 7,
        "start": 3 / 3,
        "track": 2 / 2,
        "withdraw": 2 / 3,
        "yes": 4 / 5,
    },
}
ROUND23_VALUE_ACCURACY = {
    "diag": {
        "agency": 6 / 6,
        "date": 8 / 8,
        "district": 8 / 8,
        "evidence": 2 / 2,
        "faq": 5 / 5,
        "field": 6 / 6,
        "identity": 5 / 5,
        "kind": 7 / 8,
        "name": 1 / 1,
        "official": 4 / 4,
        "phone": 5 / 5,
        "reason": 1 / 1,
        "reported": 4 / 4,
        "reported_to": 3 / 3,
        "subdistrict": 4 / 4,
        "witnesses": 5 / 5,
    },
    "sealed": {
        "agency": 4 / 4,
        "date": 14 / 15,
        "district": 5 / 6,
        "evidence": 3 / 3,
        "faq": 6 / 7,
        "field": 5 / 5,
        "identity": 4 / 4,
        "kind": 2 / 2,
        "official": 4 / 4,
        "reason": 2 / 3,
        "reference": 3 / 3,
        "reported": 1 / 1,
        "subdistrict": 4 / 4,
        "witnesses": 2 / 2,
    },
}


# Round 24 (tester24, who read no product code, word list or training example; written on integ
# after this session's round-23 fixes, so it measures them): 300 new rows — 76 threats (37
# mid-answer), ~49 look-alikes from weddings, funerals, ordinations, lottery, cockfights, debt,
# insurance, online shopping, floods, cassava prices, exams and hospitals; th 186, Isan 23,
# Khmer-Thai 11, en 39, Latin-typed 31, mixed 10. Floors as first scored on integ (6a18e227),
# before any fix: chit-chat at no step is still read as the start of a story (none 4/34).
# fixR24a (threats as ideas: a sign left on property, family watched, a withdrawal coerced; at no
# step a text is a story only with a complaint cue): diag intents 112 → 129/150, threats 33 → 37/37,
# false alarms 4 → 1 ("ron ja tai … fai dap": ไฟดับ read as ดาบ); sealed intents 109 → 117/150,
# threats 38/39 and 11 false alarms unchanged.
# Merged on integ with every other fix of the session; fixR24a's no-step rule for chit-chat taken
# out at the merge (it broke stories told in several bubbles): diag 129 → 119, sealed 117 → 109.
# fixStory (the rule back, only with no story under way, which the dispatcher tells the
# understanding): diag 119 → 129/150 (none 7 → 17/34), sealed 109 → 117/150 (none 12 → 20/48).
# Merged on integ with every fix of the next session (fixStory's story state from the handler,
# fixR24b, fixR25a/b, fixW36c, fixW37a/b): diag 119 → 129, sealed 109 → 118/150, false alarms
# 11 → 9 on the sealed half.
ROUND24_DANGER_RECALL = {"diag": 37 / 37, "sealed": 38 / 39}
ROUND24_FALSE_ALARMS = {"diag": 1, "sealed": 9}  # non-threats read as danger, at most
ROUND24_INTENT_ACCURACY = {"diag": 129 / 150, "sealed": 118 / 150}
ROUND24_NOT_ALL_CAUGHT: dict[str, str] = {"sealed": "38/39"}
ROUND24_INTENT_RECALL = {
    "diag": {
        "already_said": 1 / 1,
        "answer": 50 / 52,
        "change_mind": 1 / 1,
        "danger": 37 / 37,
        "edit": 5 / 5,
        "greeting": 1 / 1,
        "help": 1 / 1,
        "no": 1 / 2,
        "none": 17 / 34,
        "question": 6 / 6,
        "start": 2 / 2,
        "thanks": 1 / 1,
        "track": 2 / 2,
        "withdraw": 1 / 1,
        "yes": 3 / 4,
    },
    "sealed": {
        "already_said": 2 / 2,
        "answer": 33 / 34,
        "change_mind": 2 / 2,
        "danger": 38 / 39,
        "edit": 3 / 3,
        "greeting": 1 / 2,
        "help": 1 / 1,
        "no": 1 / 1,
        "none": 21 / 48,
        "question": 7 / 8,
        "start": 2 / 2,
        "thanks": 1 / 1,
        "track": 2 / 2,
        "withdraw": 3 / 3,
        "yes": 1 / 2,
    },
}
ROUND24_VALUE_ACCURACY = {
    "diag": {
        "agency": 4 / 4,
        "date": 8 / 10,
        "district": 9 / 10,
        "evidence": 4 / 4,
        "faq": 4 / 6,
        "field": 6 / 6,
        "identity": 3 / 3,
        "kind": 4 / 4,
        "name": 1 / 1,
        "official": 2 / 4,
        "phone": 3 / 3,
        "reason": 0 / 1,
        "reported": 3 / 3,
        "reported_to": 1 / 1,
        "subdistrict": 5 / 5,
        "witnesses": 3 / 3,
    },
    "sealed": {
        "agency": 2 / 2,
        "date": 8 / 9,
        "district": 7 / 7,
        "evidence": 0 / 2,
        "faq": 7 / 8,
        "field": 4 / 5,
        "identity": 4 / 4,
        "kind": 5 / 5,
        "official": 1 / 3,
        "phone": 2 / 2,
        "reason": 2 / 2,
        "reference": 2 / 2,
        "reported": 1 / 1,
        "reported_to": 1 / 1,
        "subdistrict": 5 / 5,
        "witnesses": 1 / 1,
    },
}


# Round 25 (issue 16): 300 rows by a tester who read no product code, word list or training
# example, written on main (5e117f6a) at the start of the session: 76 threats (38 inside an
# answer at 16 steps), 60 harsh-sounding look-alikes and 70 chit-chat lines at no step, in new
# domains (sugarcane, silk, cattle, reservoir fishing, football, the radio tower, Korea, the
# elderly allowance, Phanom Rung, water trucks, the school bus); th, Isan, Khmer-Thai, en,
# Latin-typed, mixed. Floors as first scored, before any fix: chit-chat at no step is read as an
# answer or a question (none 18 % on diag) and harsh look-alikes as threats (14 false alarms).
# fixR25a (harm weighed by who means it): diag 96/150, 33/33 threats, 2 false alarms; sealed
# 100/150, 43/43, 10 false alarms. Floors raised to those.
# After the session's fixes (fixStory: chit-chat at no step with no story under way needs a
# complaint cue; fixR25a: harm not meant when a laugh or a film/game frames it and nothing
# menacing is beside it; fixR25b, fixR24b, fixW37a…), merged on integ: diag 86 → 118/150
# (33/33 threats, 14 → 2 false alarms); sealed 99 → 114/150 (43/43, 11 → 10).
ROUND25_DANGER_RECALL = {"diag": 33 / 33, "sealed": 43 / 43}
ROUND25_FALSE_ALARMS = {"diag": 2, "sealed": 10}  # non-threats read as danger, at most
ROUND25_INTENT_ACCURACY = {"diag": 118 / 150, "sealed": 114 / 150}
ROUND25_NOT_ALL_CAUGHT: dict[str, str] = {}
ROUND25_INTENT_RECALL = {
    "diag": {
        "answer": 33 / 35,
        "danger": 33 / 33,
        "edit": 1 / 2,
        "greeting": 1 / 1,
        "no": 1 / 1,
        "none": 43 / 72,
        "question": 2 / 2,
        "start": 1 / 1,
        "withdraw": 2 / 2,
        "yes": 1 / 1,
    },
    "sealed": {
        "already_said": 1 / 1,
        "answer": 34 / 36,
        "change_mind": 1 / 1,
        "danger": 43 / 43,
        "edit": 2 / 2,
        "help": 1 / 1,
        "none": 24 / 58,
        "question": 4 / 4,
        "thanks": 1 / 1,
        "track": 2 / 2,
        "yes": 1 / 1,
    },
}
ROUND25_VALUE_ACCURACY = {
    "diag": {
        "agency": 1 / 1,
        "date": 7 / 10,
        "district": 5 / 5,
        "evidence": 4 / 4,
        "faq": 2 / 2,
        "field": 1 / 2,
        "identity": 2 / 2,
        "kind": 2 / 3,
        "official": 2 / 2,
        "phone": 1 / 1,
        "reason": 2 / 2,
        "reported": 1 / 2,
        "reported_to": 0 / 1,
        "subdistrict": 4 / 4,
        "witnesses": 0 / 1,
    },
    "sealed": {
        "agency": 4 / 4,
        "date": 7 / 8,
        "district": 6 / 6,
        "faq": 3 / 4,
        "field": 3 / 3,
        "identity": 2 / 2,
        "kind": 2 / 2,
        "name": 2 / 2,
        "official": 2 / 4,
        "phone": 3 / 3,
        "reference": 1 / 1,
        "reported": 2 / 2,
        "reported_to": 1 / 2,
        "subdistrict": 3 / 3,
        "witnesses": 2 / 4,
    },
}

# Round 26 (issue 16): 300 rows by a tester who read no product code, word list or training
# example, written on main (91737e7c) at the start of the session: 79 threats (35 inside an
# answer at 13 steps; to kin, livestock, crops, house, job and land; by LINE, phone, letter, in
# person), 45 harmless look-alikes and 30 chit-chat lines (several with days or places), answers
# at every step; th 160 (Isan 36, Khmer-Thai 12, Latin-typed 30, mixed 26 among them), en 36.
# Floors as first scored, before any fix: diag 122/150 (43/44 threats, 4 false alarms), sealed
# 111/150 (34/35, 4). After the session's fixes (fixR26a: chit-chat naming an official, cheats,
# money or a day, and off-topic questions are none; news of a threat elsewhere, an animal
# scolded, longing that "kills" are calm; fixR26b: an answer with a question after it keeps
# both; fixReg, fixW38b, fixW39a…), merged on integ: diag 144/150 (43/44, 0 false alarms);
# sealed 114/150 (34/35, 4). Floors raised to those.
ROUND26_DANGER_RECALL = {"diag": 43 / 44, "sealed": 34 / 35}
ROUND26_FALSE_ALARMS = {"diag": 0, "sealed": 4}  # non-threats read as danger, at most
ROUND26_INTENT_ACCURACY = {"diag": 144 / 150, "sealed": 114 / 150}
ROUND26_NOT_ALL_CAUGHT: dict[str, str] = {"diag": "43/44", "sealed": "34/35"}
ROUND26_INTENT_RECALL = {
    "diag": {
        "already_said": 1 / 1,
        "answer": 41 / 42,
        "change_mind": 3 / 5,
        "danger": 43 / 44,
        "edit": 3 / 3,
        "greeting": 3 / 3,
        "help": 1 / 1,
        "no": 0 / 1,
        "none": 32 / 33,
        "question": 6 / 6,
        "start": 1 / 1,
        "thanks": 1 / 1,
        "track": 3 / 3,
        "withdraw": 5 / 5,
        "yes": 1 / 1,
    },
    "sealed": {
        "already_said": 2 / 2,
        "answer": 43 / 49,
        "danger": 34 / 35,
        "edit": 2 / 2,
        "no": 1 / 1,
        "none": 5 / 32,
        "question": 15 / 16,
        "start": 3 / 4,
        "thanks": 3 / 3,
        "track": 2 / 2,
        "withdraw": 1 / 1,
        "yes": 3 / 3,
    },
}
ROUND26_VALUE_ACCURACY = {
    "diag": {
        "agency": 2 / 2,
        "date": 7 / 9,
        "district": 10 / 10,
        "evidence": 5 / 5,
        "faq": 8 / 8,
        "field": 3 / 3,
        "identity": 4 / 4,
        "kind": 4 / 5,
        "name": 2 / 2,
        "official": 2 / 3,
        "phone": 2 / 2,
        "reason": 4 / 5,
        "reference": 4 / 4,
        "subdistrict": 4 / 4,
        "witnesses": 0 / 1,
    },
    "sealed": {
        "agency": 2 / 6,
        "date": 9 / 9,
        "district": 2 / 2,
        "evidence": 1 / 1,
        "faq": 15 / 17,
        "field": 2 / 2,
        "identity": 4 / 4,
        "kind": 4 / 4,
        "name": 1 / 1,
        "official": 1 / 3,
        "phone": 2 / 2,
        "reason": 1 / 1,
        "reference": 2 / 2,
        "reported": 6 / 6,
        "reported_to": 3 / 3,
        "subdistrict": 4 / 4,
        "witnesses": 1 / 1,
    },
}


# Floors as first scored on main 38f27cac, before any fix: diag 120/150 (37/39 threats, 9 false
# alarms), sealed 118/150 (35/36, 7).
# After the session's fixes (fixR27a: a public work's hazard and a fright are harmless, off-topic
# questions and joyful news not for the bot, a withdrawal under pressure said first stays one,
# a family harmed "ทั้งบ้าน" and "ไม่มีที่ฝัง" caught; fixR27b: where it was reported in Latin
# and English, officials with a clause after them; fixLatin, fixW40a, fixW40b), merged on integ:
# diag 138/150 (39/39, 3 false alarms); sealed 118/150 (35/36, 7), unchanged. Floors raised.
ROUND27_DANGER_RECALL = {"diag": 39 / 39, "sealed": 35 / 36}
ROUND27_FALSE_ALARMS = {"diag": 3, "sealed": 7}  # non-threats read as danger, at most
ROUND27_INTENT_ACCURACY = {"diag": 138 / 150, "sealed": 118 / 150}
ROUND27_NOT_ALL_CAUGHT: dict[str, str] = {"sealed": "35/36"}
ROUND27_INTENT_RECALL = {
    "diag": {
        "answer": 44 / 48,
        "change_mind": 0 / 1,
        "danger": 39 / 39,
        "edit": 3 / 4,
        "help": 2 / 2,
        "no": 0 / 1,
        "none": 34 / 38,
        "question": 9 / 9,
        "start": 1 / 1,
        "track": 2 / 2,
        "withdraw": 2 / 3,
        "yes": 2 / 2,
    },
    "sealed": {
        "already_said": 2 / 3,
        "answer": 49 / 53,
        "change_mind": 1 / 4,
        "danger": 35 / 36,
        "edit": 2 / 2,
        "greeting": 1 / 1,
        "no": 1 / 3,
        "none": 14 / 31,
        "question": 3 / 7,
        "start": 1 / 1,
        "thanks": 1 / 1,
        "track": 3 / 3,
        "withdraw": 2 / 2,
        "yes": 3 / 3,
    },
}
ROUND27_VALUE_ACCURACY = {
    "diag": {
        "agency": 4 / 5,
        "date": 4 / 6,
        "district": 4 / 4,
        "evidence": 4 / 4,
        "faq": 8 / 9,
        "field": 2 / 4,
        "identity": 3 / 3,
        "kind": 3 / 3,
        "name": 1 / 1,
        "official": 5 / 6,
        "phone": 4 / 4,
        "reason": 2 / 3,
        "reference": 3 / 3,
        "reported": 3 / 3,
        "reported_to": 3 / 3,
        "subdistrict": 6 / 7,
        "witnesses": 2 / 2,
    },
    "sealed": {
        "agency": 3 / 6,
        "date": 7 / 8,
        "district": 6 / 6,
        "evidence": 3 / 3,
        "faq": 5 / 10,
        "field": 3 / 5,
        "identity": 3 / 4,
        "kind": 4 / 6,
        "name": 2 / 2,
        "official": 3 / 5,
        "phone": 1 / 1,
        "reason": 2 / 2,
        "reference": 2 / 2,
        "reported": 2 / 2,
        "reported_to": 2 / 2,
        "subdistrict": 4 / 4,
        "witnesses": 3 / 6,
    },
}


ROUNDS = {
    4: Round(
        ROUND4,
        ROUND4_DANGER_RECALL,
        ROUND4_FALSE_ALARMS,
        ROUND4_INTENT_ACCURACY,
        ROUND4_INTENT_RECALL,
        ROUND4_VALUE_ACCURACY,
        ROUND4_NOT_ALL_CAUGHT,
    ),
    5: Round(
        ROUND5,
        ROUND5_DANGER_RECALL,
        ROUND5_FALSE_ALARMS,
        ROUND5_INTENT_ACCURACY,
        ROUND5_INTENT_RECALL,
        ROUND5_VALUE_ACCURACY,
        ROUND5_NOT_ALL_CAUGHT,
    ),
    7: Round(
        ROUND7,
        ROUND7_DANGER_RECALL,
        ROUND7_FALSE_ALARMS,
        ROUND7_INTENT_ACCURACY,
        ROUND7_INTENT_RECALL,
        ROUND7_VALUE_ACCURACY,
        ROUND7_NOT_ALL_CAUGHT,
    ),
    8: Round(
        ROUND8,
        ROUND8_DANGER_RECALL,
        ROUND8_FALSE_ALARMS,
        ROUND8_INTENT_ACCURACY,
        ROUND8_INTENT_RECALL,
        ROUND8_VALUE_ACCURACY,
        ROUND8_NOT_ALL_CAUGHT,
    ),
    9: Round(
        ROUND9,
        ROUND9_DANGER_RECALL,
        ROUND9_FALSE_ALARMS,
        ROUND9_INTENT_ACCURACY,
        ROUND9_INTENT_RECALL,
        ROUND9_VALUE_ACCURACY,
        ROUND9_NOT_ALL_CAUGHT,
    ),
    10: Round(
        ROUND10,
        ROUND10_DANGER_RECALL,
        ROUND10_FALSE_ALARMS,
        ROUND10_INTENT_ACCURACY,
        ROUND10_INTENT_RECALL,
        ROUND10_VALUE_ACCURACY,
        ROUND10_NOT_ALL_CAUGHT,
    ),
    11: Round(
        ROUND11,
        ROUND11_DANGER_RECALL,
        ROUND11_FALSE_ALARMS,
        ROUND11_INTENT_ACCURACY,
        ROUND11_INTENT_RECALL,
        ROUND11_VALUE_ACCURACY,
        ROUND11_NOT_ALL_CAUGHT,
    ),
    12: Round(
        ROUND12,
        ROUND12_DANGER_RECALL,
        ROUND12_FALSE_ALARMS,
        ROUND12_INTENT_ACCURACY,
        ROUND12_INTENT_RECALL,
        ROUND12_VALUE_ACCURACY,
        ROUND12_NOT_ALL_CAUGHT,
    ),
    13: Round(
        ROUND13,
        ROUND13_DANGER_RECALL,
        ROUND13_FALSE_ALARMS,
        ROUND13_INTENT_ACCURACY,
        ROUND13_INTENT_RECALL,
        ROUND13_VALUE_ACCURACY,
        ROUND13_NOT_ALL_CAUGHT,
    ),
    14: Round(
        ROUND14,
        ROUND14_DANGER_RECALL,
        ROUND14_FALSE_ALARMS,
        ROUND14_INTENT_ACCURACY,
        ROUND14_INTENT_RECALL,
        ROUND14_VALUE_ACCURACY,
        ROUND14_NOT_ALL_CAUGHT,
    ),
    15: Round(
        ROUND15,
        ROUND15_DANGER_RECALL,
        ROUND15_FALSE_ALARMS,
        ROUND15_INTENT_ACCURACY,
        ROUND15_INTENT_RECALL,
        ROUND15_VALUE_ACCURACY,
        ROUND15_NOT_ALL_CAUGHT,
    ),
    16: Round(
        ROUND16,
        ROUND16_DANGER_RECALL,
        ROUND16_FALSE_ALARMS,
        ROUND16_INTENT_ACCURACY,
        ROUND16_INTENT_RECALL,
        ROUND16_VALUE_ACCURACY,
        ROUND16_NOT_ALL_CAUGHT,
    ),
    17: Round(
        ROUND17,
        ROUND17_DANGER_RECALL,
        ROUND17_FALSE_ALARMS,
        ROUND17_INTENT_ACCURACY,
        ROUND17_INTENT_RECALL,
        ROUND17_VALUE_ACCURACY,
        ROUND17_NOT_ALL_CAUGHT,
    ),
    18: Round(
        ROUND18,
        ROUND18_DANGER_RECALL,
        ROUND18_FALSE_ALARMS,
        ROUND18_INTENT_ACCURACY,
        ROUND18_INTENT_RECALL,
        ROUND18_VALUE_ACCURACY,
        ROUND18_NOT_ALL_CAUGHT,
    ),
    19: Round(
        ROUND19,
        ROUND19_DANGER_RECALL,
        ROUND19_FALSE_ALARMS,
        ROUND19_INTENT_ACCURACY,
        ROUND19_INTENT_RECALL,
        ROUND19_VALUE_ACCURACY,
        ROUND19_NOT_ALL_CAUGHT,
    ),
    20: Round(
        ROUND20,
        ROUND20_DANGER_RECALL,
        ROUND20_FALSE_ALARMS,
        ROUND20_INTENT_ACCURACY,
        ROUND20_INTENT_RECALL,
        ROUND20_VALUE_ACCURACY,
        ROUND20_NOT_ALL_CAUGHT,
    ),
    21: Round(
        ROUND21,
        ROUND21_DANGER_RECALL,
        ROUND21_FALSE_ALARMS,
        ROUND21_INTENT_ACCURACY,
        ROUND21_INTENT_RECALL,
        ROUND21_VALUE_ACCURACY,
        ROUND21_NOT_ALL_CAUGHT,
    ),
    22: Round(
        ROUND22,
        ROUND22_DANGER_RECALL,
        ROUND22_FALSE_ALARMS,
        ROUND22_INTENT_ACCURACY,
        ROUND22_INTENT_RECALL,
        ROUND22_VALUE_ACCURACY,
        ROUND22_NOT_ALL_CAUGHT,
    ),
    23: Round(
        ROUND23,
        ROUND23_DANGER_RECALL,
        ROUND23_FALSE_ALARMS,
        ROUND23_INTENT_ACCURACY,
        ROUND23_INTENT_RECALL,
        ROUND23_VALUE_ACCURACY,
        ROUND23_NOT_ALL_CAUGHT,
    ),
    24: Round(
        ROUND24,
        ROUND24_DANGER_RECALL,
        ROUND24_FALSE_ALARMS,
        ROUND24_INTENT_ACCURACY,
        ROUND24_INTENT_RECALL,
        ROUND24_VALUE_ACCURACY,
        ROUND24_NOT_ALL_CAUGHT,
    ),
    25: Round(
        ROUND25,
        ROUND25_DANGER_RECALL,
        ROUND25_FALSE_ALARMS,
        ROUND25_INTENT_ACCURACY,
        ROUND25_INTENT_RECALL,
        ROUND25_VALUE_ACCURACY,
        ROUND25_NOT_ALL_CAUGHT,
    ),
    26: Round(
        ROUND26,
        ROUND26_DANGER_RECALL,
        ROUND26_FALSE_ALARMS,
        ROUND26_INTENT_ACCURACY,
        ROUND26_INTENT_RECALL,
        ROUND26_VALUE_ACCURACY,
        ROUND26_NOT_ALL_CAUGHT,
    ),
    27: Round(
        ROUND27,
        ROUND27_DANGER_RECALL,
        ROUND27_FALSE_ALARMS,
        ROUND27_INTENT_ACCURACY,
        ROUND27_INTENT_RECALL,
        ROUND27_VALUE_ACCURACY,
        ROUND27_NOT_ALL_CAUGHT,
    ),
}


@pytest.fixture(
    scope="module",
    params=[
        pytest.param(
            (n, half),
            marks=pytest.mark.xdist_group(f"test_corpus-round{n}-{half}"),
            id=f"round{n}-{half}",
        )
        for n in sorted(ROUNDS)
        for half in sorted(ROUNDS[n].files)
    ],
)
def scored(request):
    """(floors, half, score) for one half of one round, its figures printed (texts for the
    diag half only)."""
    number, half = request.param
    floors = ROUNDS[number]
    found = evaluate(load([floors.files[half]]), _read)
    alarms = _false_alarms(found)
    print(
        f"\nround {number} {half} ({floors.files[half].name}):\n{found.report()}\n"
        f"  danger recall {found.recall('danger'):.1%}, false danger alarms {len(alarms)}"
    )
    if half == "diag":
        print(
            f"  threats missed:\n{_misses(found, 'danger')}\n  false alarms:\n" + "\n".join(alarms)
        )
    return floors, half, _Counted(found)


def _false_alarms(score) -> list[str]:
    return [
        f"{row['text']!r} (expecting {row.get('expecting')}, meant {row['intent']})"
        for row, got in score.misses
        if got.intent == "danger" and row["intent"] != "danger"
    ]


def _told(half: str, text: str) -> str:
    """What a failure may say: the texts for the diag half, nothing for the sealed one."""
    return text if half == "diag" else "(sealed: counts only)"


def test_threats_are_caught(scored):
    floors, half, found = scored
    recall = found.recall("danger")
    assert recall >= floors.danger_recall[half], _told(half, _misses(found, "danger"))


def test_every_threat_is_caught(scored, request):
    floors, half, found = scored
    if half in floors.not_all_caught:
        reached = floors.not_all_caught[half]
        reason = f"issue 16 asks for every threat caught; this half reached {reached}"
        request.node.add_marker(pytest.mark.xfail(strict=True, reason=reason))
    recall = found.recall("danger")
    assert recall == 1.0, _told(half, _misses(found, "danger"))


def test_non_threats_raise_no_alarm(scored):
    floors, half, found = scored
    alarms = _false_alarms(found)
    count = len(alarms)
    assert count <= floors.false_alarms[half], _told(half, "\n".join(alarms))


def test_intents_are_read(scored):
    floors, half, found = scored
    right, total = found.right, found.total
    assert right / total >= floors.intent_accuracy[half], f"{right}/{total}"
    low = {
        intent: f"{found.recall(intent):.1%}"
        for intent, floor in floors.intent_recall[half].items()
        if found.recall(intent) < floor
    }
    assert not low, _told(half, "\n".join(_misses(found, i) for i in low)) + f" {low}"


def test_values_are_read(scored):
    floors, half, found = scored
    low = {
        name: f"{found.accuracy(name):.1%}"
        for name, floor in floors.value_accuracy[half].items()
        if found.accuracy(name) < floor
    }
    assert not low, low


# ---------------------------------------------------------------- gen16's own held-out set
# 115 phrasings of the shapes round 7's sealed half missed (harm words in ordinary answers,
# threats beside an answer or a wish to stop, questions back, edits and changes of mind at the
# summary, values said loosely, none/done), written by the gen16 helper before changing any
# code and never trained on. Before: intents 93/115, danger 16/17, 13 false alarms, values
# 51/65; after the examples of shapes and the rules giving way to sure models (Saturday
# 5 December 2026): intents 106/115, danger 16/17, 5 false alarms, values 52/65. Floors: those,
# halfway to one more miss.
SELF_GEN16_FLOORS = {"intents": 105.5 / 115, "danger": 15.5 / 17, "false_alarms": 5}


def _scored_alone(path: Path):
    """A helper's own held-out file, scored on its own (its report printed with -s)."""
    found = evaluate(load([path]), _read)
    print(f"\n{path.name}:\n{found.report()}\n  false alarms:\n" + "\n".join(_false_alarms(found)))
    return _Counted(found)


def _holds_floors(found, floors: dict, values: dict | None = None) -> None:
    """Intents, danger recall and false alarms at their floors, and each value named."""
    assert found.right / found.total >= floors["intents"], found.report()
    assert found.recall("danger") >= floors["danger"], _misses(found, "danger")
    alarms = _false_alarms(found)
    assert len(alarms) <= floors["false_alarms"], "\n".join(alarms)
    for name, floor in (values or {}).items():
        assert found.accuracy(name) >= floor, f"{name}: {found.accuracy(name):.1%}"


def test_own_held_out_shapes_are_read():
    _holds_floors(_scored_alone(SELF_GEN16), SELF_GEN16_FLOORS)


# ---------------------------------------------------------------- fixU's own held-out set
# 85 phrasings of what a simulator walk met (issue 16: family named at the witnesses question,
# asides at the door and threats there, the kind a story tells, Isan questions back, agencies
# typed by ear, a reference and its tracking code in one line), written by the fixU helper
# before changing any code and never trained on. Before (Sunday 6 December 2026): intents
# 64/85, danger 7/7, 7 false alarms, values agency 5/12, code 0/10, faq 9/14; after the rules
# of the walk's shapes and the kind model's margin recalibrated: intents 79/85, danger 7/7,
# 2 false alarms, agency 12/12, code 10/10, faq 12/14. Floors: those, halfway to one more miss.
SELF_FIXU_FLOORS = {"intents": 78.5 / 85, "danger": 6.5 / 7, "false_alarms": 2}
SELF_FIXU_VALUES = {"agency": 11.5 / 12, "code": 9.5 / 10, "faq": 11.5 / 14, "reference": 1.0}


def test_fixu_held_out_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXU), SELF_FIXU_FLOORS, SELF_FIXU_VALUES)


# ---------------------------------------------------------------- diagfix9's own held-out set
# 74 phrasings of the shapes round 9's diag half missed (veiled threats relayed from social
# media, a loudspeaker or a question about a child; weapons of a trade, shooter games and
# killing idioms beside an answer; none at evidence, witnesses and what; yes at the story
# step; questions back at kind, evidence and witnesses; an edit opening with an exclamation;
# refusing a phone; "yes, to the district office"; withdrawing and why; a romanised start;
# "has anyone read it yet?"; a state car misused), written by the diagfix9 helper before any
# change and never trained on. Before (Sunday 6 December 2026): intents 46/74, danger 11/14,
# 3 false alarms, values 17/36. Floors: those, halfway to one more miss.
SELF_DIAGFIX9_FLOORS = {"intents": 45.5 / 74, "danger": 10.5 / 14, "false_alarms": 3}


def test_own_held_out_round9_shapes_are_read():
    _holds_floors(_scored_alone(SELF_DIAGFIX9), SELF_DIAGFIX9_FLOORS)


# ---------------------------------------------------------------- danger16's own held-out set
# 83 phrasings written by the danger16 helper before any change and never trained on: 53 veiled
# threats (advice and kindness with a sting, proverbs, someone else's "accident", livelihood tied
# to the report, watched or followed, photos of the house, harm already done, warnings relayed
# by a third person; Thai, Isan, English, romanised Thai, typos, inside answers at many
# questions) and 30 that only look dangerous (the same words in ordinary answers). Before
# (Sunday 6 December 2026): intents 69/83, danger 43/53, 3 false alarms; after the examples of
# veiled threats (examples/values/danger_veiled16.jsonl, read by the danger models only), their
# look-alikes (examples/danger_veiled16.jsonl) and the idioms of harm in harmless use: intents
# 70/83, danger 44/53, 3 false alarms. Floors: those, halfway to one more miss.
SELF_DANGER16_FLOORS = {"intents": 69.5 / 83, "danger": 43.5 / 53, "false_alarms": 3}


def test_danger16_held_out_veiled_threats_are_read():
    _holds_floors(_scored_alone(SELF_DANGER16), SELF_DANGER16_FLOORS)


# ---------------------------------------------------------------- conv16c's own held-out set
# 39 phrasings of the shapes issue 16's walk and round 10's diag half met (a job, a stall, a
# place on a list tied to the report; death veiled as a date not reached; a gift with a warning;
# "killed" and "killing me" said of money; "not afraid, nobody threatened"; an agency in
# English; "safe now, carry on"; skipping evidence; "not sure" at the sub-district; "something
# is wrong, not sure which" and "send it anyway" at the summary; an agency typed at the kind
# question; Isan thanks), written by the conv16c helper before any change, never trained on.
# Before (Sunday 6 December 2026): intents 24/39, danger 8/12, 3 false alarms, agency 1/2;
# after its rules (the examples it wrote are held back: trained on, they cost four other
# held-out sets): intents 31/39, danger 10/12, no false alarm. Floors: those, halfway to one
# more miss.
SELF_CONV16C_FLOORS = {"intents": 30.5 / 39, "danger": 9.5 / 12, "false_alarms": 0}


def test_own_held_out_unclear_shapes_are_read():
    _holds_floors(_scored_alone(SELF_CONV16C), SELF_CONV16C_FLOORS)


# ---------------------------------------------------------------- fix16a's own held-out set
# 40 phrasings of what a simulator walk lost or misplaced (issue 16: others afraid to speak
# at the witnesses question and after the story, with three real threats there as controls;
# the official inside a sentence, relayed, or in English; the agency inside a sentence or beside
# people; budgets and sums beside the agency or the kind; evidence there was and is no more;
# a relay before the story), written by the fix16a helper before any change, never trained on.
# Before (Sunday 6 December 2026): intents 36/40, danger 3/3, 3 false alarms, agency 6/8,
# evidence 0/3, kind 3/3, official 3/10; after the rules for others' silence, a relative who
# told, what the official did and evidence gone: intents 38/40, danger 3/3, 1 false alarm,
# agency 7/8, evidence 3/3, kind 3/3, official 9/10. Floors: those, halfway to one more miss.
SELF_FIX16A_FLOORS = {"intents": 37.5 / 40, "danger": 1.0, "false_alarms": 1}
SELF_FIX16A_VALUES = {"agency": 6.5 / 8, "evidence": 2.5 / 3, "kind": 1.0, "official": 8.5 / 10}


def test_own_held_out_kept_where_it_belongs_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIX16A), SELF_FIX16A_FLOORS, SELF_FIX16A_VALUES)


# ---------------------------------------------------------------- diag11's own held-out set
# 43 phrasings of the shapes round 11's diag half missed ("safe now" or "they left" and "go on"
# at any question, in Thai, Isan, English and romanised Thai; Isan and Khmer greetings; not
# knowing how to work the bot; threats through a sick parent's care, a land title, a village
# fund loan, "until you withdraw", death veiled as not living to see a child grow; and their
# look-alikes without a threat; "can't recall" at the date, "still wrong" at the summary),
# written by the diag11 helper before each change, never trained on. Before (Sunday 6 December
# 2026, on main): intents 20/43, danger 10/12, no false alarm; after the rules of those
# shapes: intents 39/43, danger 12/12, no false alarm. Floors: those, halfway to one more miss.
SELF_DIAG11_FLOORS = {"intents": 38.5 / 43, "danger": 11.5 / 12, "false_alarms": 0}


def test_own_held_out_round11_shapes_are_read():
    _holds_floors(_scored_alone(SELF_DIAG11), SELF_DIAG11_FLOORS)


# ---------------------------------------------------------------- fix16c's own held-out set
# 24 phrasings of what issue 16's walk met about who is filing and when (one day said "around"
# in English and Thai, Bun Bang Fai in a year with two eighth months, "discreet" at the name
# choice, a relative's name given inside a question, filing for someone else, a change of mind
# at consent), written by the fix16c helper before any change, never trained on. Before (Sunday
# 6 December 2026): intents 23/24, date 6/11, identity 1/4, name 0/3, behalf 0/3; after: intents
# 21/24 (two "can I give my father's name? his name is …" now read as the answer they carry, and
# both answered and kept by the flow), date 11/11, identity 4/4, name 2/3 (an English name is
# kept lower-cased, as every English name is), behalf 3/3. No threats in it: no danger floor.
# Floors: those, halfway to one more miss.
SELF_FIX16C_FLOORS = {"intents": 20.5 / 24, "danger": 0, "false_alarms": 0}
SELF_FIX16C_VALUES = {"date": 10.5 / 11, "identity": 3.5 / 4, "name": 1.5 / 3, "behalf": 2.5 / 3}


def test_fix16c_held_out_who_is_filing_and_when_is_read():
    _holds_floors(_scored_alone(SELF_FIX16C), SELF_FIX16C_FLOORS, SELF_FIX16C_VALUES)


# ---------------------------------------------------------------- diag12's own held-out set
# 42 phrasings of the shapes round 12's diag half missed (a funeral paid or hosted for the
# reporter, photos of them asleep or an envelope of the family's photos, a trip where fewer come
# back, "he didn't threaten me, just …"; news of a killing elsewhere, a joke of dying of shock, a
# drama's plot, the foot of a hill; questions back at district, reported, witnesses, what and
# kind; "that's all" and "I won't say who"; more photos for a filed complaint; the agency already
# said; discretion, keeping data and exact dates asked; witnesses, agencies and officials inside
# a sentence; withdrawing under pressure; Thai in Latin letters), written by the diag12 helper
# before any change, never trained on. Before (Sunday 6 December 2026): intents 27/42, danger
# 6/11, 6 false alarms, faq 5/9; after the rules of those shapes (examples for the danger and
# question models were tried and held back: any of them tipped another helper's held-out threat
# over its margin): intents 40/42, danger 11/11, no false alarm, faq 6/9; and who was described
# cut from who it was: official 2/3, witnesses 2/2. Floors: those, halfway to one more miss.
# Then, merging, the lead kept which holder of an office ("ผู้กองคนใหม่", "คนเก่า") with the role,
# as rounds 4, 10 and 11 label it (a member must tell the new captain from the old); this set's
# labels cut it, so official is 1/3 here by that decision, and its floor follows.
SELF_DIAG12_FLOORS = {"intents": 39.5 / 42, "danger": 10.5 / 11, "false_alarms": 0}
SELF_DIAG12_VALUES = {"faq": 5.5 / 9, "official": 0.5 / 3, "witnesses": 1.5 / 2}


def test_own_held_out_round12_shapes_are_read():
    _holds_floors(_scored_alone(SELF_DIAG12), SELF_DIAG12_FLOORS, SELF_DIAG12_VALUES)


# ---------------------------------------------------------------- fixW12a's own held-out set
# 19 phrasings of what walk12's villagers said and were misheard (issue 16: staying quiet at the
# name choice; witnesses afraid of an official, with two real threats beside it as controls; a
# status question naming its matter after a greeting; plain English "none" at the evidence
# question), written by the fixW12a helper before any change, never trained on. Before (Sunday
# 6 December 2026): intents 14/19, danger 2/2, 2 false alarms, evidence 2/3, identity 2/6;
# after the rules for quiet filing, whom the silent fear, a status asked of a named matter and
# English "none": intents 18/19, danger 2/2, 1 false alarm ("ขอเงียบไว้เด้อ": "keep quiet" is
# also a threat's words), evidence 3/3, identity 6/6. Floors: those, halfway to one more miss.
SELF_FIXW12A_FLOORS = {"intents": 17.5 / 19, "danger": 1.0, "false_alarms": 1}
SELF_FIXW12A_VALUES = {"evidence": 2.5 / 3, "identity": 5.5 / 6}


def test_own_held_out_walk12_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXW12A), SELF_FIXW12A_FLOORS, SELF_FIXW12A_VALUES)


# ---------------------------------------------------------------- fixW12b's own held-out set
# 12 phrasings of what walk12 met about dates and places (a month then "around its middle/end"
# in Thai and English, a year followed by what was received in it, "ปีนี้ได้งบมา…", town and city
# municipalities whose district is in their name), written by the fixW12b helper after the
# change to the date finder and before the scorer took "date": null (no date read), never
# trained on. Before (Sunday 6 December 2026, on integ 1a744b9): intents 12/12, date 1/8,
# district 3/4, agency 2/2; after: intents 12/12, date 7/8, district 3/4 (the city municipality
# "เทศบาลนครบุรีรัมย์" names no "เมือง"), agency 2/2. No threats in it: no danger floor.
# Floors: those, halfway to one more miss.
SELF_FIXW12B_FLOORS = {"intents": 11.5 / 12, "danger": 0, "false_alarms": 0}
SELF_FIXW12B_VALUES = {"date": 6.5 / 8, "district": 2.5 / 4, "agency": 1.0}


def test_fixw12b_held_out_loose_dates_and_towns_are_read():
    _holds_floors(_scored_alone(SELF_FIXW12B), SELF_FIXW12B_FLOORS, SELF_FIXW12B_VALUES)


# ---------------------------------------------------------------- fix16b's own held-out set
# 56 phrasings of what fix16b worked on (issue 18: questions back on how long a report is kept
# or whether it can be erased, the exact date, keeping it quiet, the cost and filing for someone
# else; city, town and tambon municipalities and districts typed with a slip; a month then its
# part, school breaks, the rice harvest, Thai-digit Buddhist years; 10 threats and 15 harmless
# look-alikes: prices that "kill", a project killed, dying of shock, neglect, an insult, safe
# again, a supposed threat asked about, witnesses afraid for their work), written by the fix16b
# helper before any change, never trained on. Before (Sunday 6 December 2026, on main a987940):
# intents 50/56, danger 10/10, 2 false alarms, faq 0/16, date 3/9, district 3/7, agency 2/2;
# after the new questions back, the municipality's district, the sound of "ัย", a month's part
# said after it, the seasons, and harm words explained: intents 56/56, danger 10/10, no false
# alarm, faq 15/16 ("keep this low-key" still read as how long it is kept), date 9/9, district
# 7/7, agency 2/2. Floors: those, halfway to one more miss.
SELF_FIX16B_FLOORS = {"intents": 55.5 / 56, "danger": 1.0, "false_alarms": 0}
SELF_FIX16B_VALUES = {"faq": 14.5 / 16, "date": 8.5 / 9, "district": 6.5 / 7, "agency": 1.0}


def test_fix16b_held_out_questions_places_dates_and_look_alikes_are_read():
    _holds_floors(_scored_alone(SELF_FIX16B), SELF_FIX16B_FLOORS, SELF_FIX16B_VALUES)


# ---------------------------------------------------------------- fix16a2's own held-out set
# 40 phrasings of what round 12's diag villagers and the walk after still broke (issue 18: an
# opening that only names its topic, in Thai and in Latin letters; a time said of who did it at
# the "who" question; sums per head and public land taken, at the kind question; Thai in Latin
# letters at consent, date, evidence and summary; "I sent the photos, done" and stories of earth
# moved, with three real threats as controls; a witness afraid for a job or a posting; a relay;
# "the normal way" at the name choice), written by the fix16a2 helper before any change, never
# trained on. Before (Sunday 6 December 2026): intents 34/40, danger 3/3, 1 false alarm, behalf
# 0/2, date 0/7, identity 3/4, kind 2/5, official 1/1; after Latin-letter Thai read as the Thai
# it spells, the time of an office kept from the date, the kinds told by their shape, the
# teller's own photos and an official's kin not read as threats, and typing for a relative
# read as a relay: intents 36/40, danger 3/3, no false alarm, behalf 2/2, date 7/7, identity
# 3/4, kind 4/5, official 1/1. Floors: those, halfway to one more miss.
SELF_FIX16A2_FLOORS = {"intents": 35.5 / 40, "danger": 1.0, "false_alarms": 0}
SELF_FIX16A2_VALUES = {
    "behalf": 1.5 / 2,
    "date": 6.5 / 7,
    "identity": 2.5 / 4,
    "kind": 3.5 / 5,
    "official": 0.5,
}


def test_fix16a2_held_out_round12_villager_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIX16A2), SELF_FIX16A2_FLOORS, SELF_FIX16A2_VALUES)


# ---------------------------------------------------------------- fixW13's own held-out set
# 40 phrasings of what walk13's villagers met (issue 18: edits and a relative's yes at the
# consent question; "she was short-changed too" and checkpoints, with real threats beside them
# as controls; cash withdrawn and a withdrawal denied; none with its reason; a date with a slip
# and Thai digits; a name given with the choice; corrections said again), written by the fixW13
# helper before any change, never trained on. Before (Sunday 6 December 2026): intents 31/40,
# danger 5/5, 2 false alarms, date 3/3, district 3/4, identity 1/2, name 1/2; after the word
# boundary of Thai threat words, calm "ก็โดน" and checkpoint examples, the withdrawal's shape,
# none with its reason, a relative's yes and the district meant after "ไม่ใช่ <district>":
# intents 37/40, danger 5/5, 1 false alarm (a lightning strike "หน้าบ้าน"), date 3/3, district
# 4/4, identity 1/2, name 1/2. Floors: those, halfway to one more miss.
SELF_FIXW13_FLOORS = {"intents": 36.5 / 40, "danger": 1.0, "false_alarms": 1}
SELF_FIXW13_VALUES = {"date": 1.0, "district": 3.5 / 4, "identity": 0.5 / 2}


def test_own_held_out_walk13_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXW13), SELF_FIXW13_FLOORS, SELF_FIXW13_VALUES)


# ---------------------------------------------------------------- fix13's own held-out set
# 50 phrasings of the shapes round 13's diag half missed (a job, a grant or a stall held against
# the report, a warning through a child, harm paid in advance, a romanised rumour; harm words in
# a scolding, a match, a film, a storm, a nagging and in questions about calls and arrest; edits
# in English and Isan and at the summary; officials and names inside a sentence; districts named
# as landmarks; none/done/reported; small intents; seasons and loose dates), written by the
# fix13 helper before any change, never trained on. Before (Sunday 6 December 2026): intents
# 32/50, danger 5/8, 6 false alarms, field 5/9, name 0/2, witnesses 0/2, district 2/5, reason 0/1,
# official 0/4; after the rules of those shapes: intents 41/50, danger 7/8, 1 false alarm, field
# 7/9, name 1/2, witnesses 1/2, district 3/5, reason 1/1, official 1/4. Floors: those, halfway to
# one more miss.
SELF_FIX13_FLOORS = {"intents": 40.5 / 50, "danger": 6.5 / 8, "false_alarms": 1}
SELF_FIX13_VALUES = {
    "field": 6.5 / 9,
    "name": 0.5 / 2,
    "witnesses": 0.5 / 2,
    "district": 2.5 / 5,
    "reason": 0.5,
    "official": 0.5 / 4,
}


def test_own_held_out_round13_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIX13), SELF_FIX13_FLOORS, SELF_FIX13_VALUES)


# ---------------------------------------------------------------- fixA13's own held-out set
# 30 phrasings of what attack round 13 got through (issues 18, 19: kill and harm threats in
# Latin letters alone and beside a yes, a wish to report, evidence or a none; "not" and "let me
# think" in Latin letters at consent; "leave my name out" in Thai and Latin letters; harmless
# "kah" of a pig or chickens and particles as controls), written by the fixA13 helper before
# any change, never trained on. Before (Sunday 6 December 2026): intents 21/30, danger 4/11,
# 0 false alarms, identity 5/8; after a particle in a verb's place spelled as the threat that
# sounds alike, a threat sound typed whose Thai spelling is a threat read as danger, a spelled yes
# taken only when clear and without "not", and "ไม่เอาชื่อ" as a refusal: intents 26/30, danger
# 10/11, 1 false alarm ("kao ma kah mu tee baan", a pig killed), identity 8/8. Floors: those,
# halfway to one more miss.
SELF_FIXA13_FLOORS = {"intents": 25.5 / 30, "danger": 9.5 / 11, "false_alarms": 1}
SELF_FIXA13_VALUES = {"identity": 7.5 / 8}


def test_own_held_out_attack13_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXA13), SELF_FIXA13_FLOORS, SELF_FIXA13_VALUES)


# ---------------------------------------------------------------- fixV13's own held-out set
# 27 phrasings of the shapes round 13's Northern Khmer grandmother and three-questions teacher
# were missed on (Northern Khmer "บาด"/"จ๊ะ" yes at the offer, consent and summary; "อัต" = not
# before a Thai verb at the reported, evidence, witness and consent questions; "ตั้งแต่ต้นปี…ถึง
# เดือนนี้", "…ถึงปัจจุบัน" spans; how long what is sent is kept), written by the fixV13 helper
# before any change, never trained on. Before (Sunday 6 December 2026): intents 16/27, date 0/7,
# reported 1/4, identity 0/1, faq 3/3; after "อัต" read as the lexicon's "อ็อต" (and "ไม่" before
# a Thai verb), "บาด" beside "บาท" and a span's end read whole ("เดือนนี้", "ตอนนี้"): intents
# 23/27 (the three misses at "story" are read at "offer" by the conversation), date 7/7,
# reported 4/4, identity 1/1, faq 3/3. Floors: those, halfway to one more miss.
SELF_FIXV13_FLOORS = {"intents": 22.5 / 27, "danger": 1.0, "false_alarms": 0}
SELF_FIXV13_VALUES = {"date": 6.5 / 7, "reported": 3.5 / 4, "identity": 0.5, "faq": 2.5 / 3}


def test_own_held_out_khmer_and_year_span_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXV13), SELF_FIXV13_FLOORS, SELF_FIXV13_VALUES)


# ---------------------------------------------------------------- fixW14's own held-out set
# 30 phrasings of what walk14's villagers met (issue 18: harmless Latin-letter lines whose loose
# sound "thi"/"kha" sounds as a threat word, with real Latin threats beside them; a Latin yes
# and status question; a name left out at consent; a story with a question in it; a witness
# with a fear beside them and a calm aside; agencies and officials as told), written by the
# fixW14 helper before any change, never trained on. Before (Sunday 6 December 2026): intents
# 24/30, danger 5/6, 1 false alarm, agency 1/3, identity 2/2, official 0/2, witnesses 1/2;
# after a loose Latin sound that spells no harm word needing both readers' clear vote, "ja ti"
# spelled จะตี, one Latin word and status questions read as the Thai they spell: intents
# 25/30, danger 5/6, 1 false alarm ("ma thi ban": มาตี, a run read as one word), agency 1/3,
# identity 2/2, official 0/2, witnesses 1/2 (the name left out at consent and a question in a
# story are the conversation's: tests/integration/handlers/complaint/test_walk14.py). Floors:
# those, halfway to one more miss.
SELF_FIXW14_FLOORS = {"intents": 24.5 / 30, "danger": 4.5 / 6, "false_alarms": 1}
SELF_FIXW14_VALUES = {"agency": 0.5 / 3, "identity": 1.5 / 2, "witnesses": 0.5 / 2}


def test_own_held_out_walk14_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXW14), SELF_FIXW14_FLOORS, SELF_FIXW14_VALUES)


# ---------------------------------------------------------------- fixW15's own held-out set
# 26 phrasings of what walk15's villagers met (issue 16: a field corrected at another step,
# a bare "that's wrong" after a value said back, an agency said with its district, a pause
# asked for and a return, an unnamed official described, filing for a parent), written by the
# fixW15 helper before any change, never trained on. Before (Sunday 6 December 2026): intents
# 12/26, field 6/7, sub-district 3/4, date 2/2, agency 2/2, district 4/4, official 0/2; after
# "wrong" said alone or first an edit, a pause a remark and a return a start, an agency's
# district beside it: intents 20/26, field 7/7, sub-district 3/4, date 2/2, agency 2/2,
# district 4/4, official 0/2 (an unnamed official's look is kept, the words "ไม่ทราบชื่อ" not).
# Floors: those, halfway to one more miss.
SELF_FIXW15_FLOORS = {"intents": 19.5 / 26, "danger": 1.0, "false_alarms": 0}
SELF_FIXW15_VALUES = {"field": 6.5 / 7, "subdistrict": 2.5 / 4, "district": 3.5 / 4}


def test_own_held_out_walk15_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXW15), SELF_FIXW15_FLOORS, SELF_FIXW15_VALUES)


# ---------------------------------------------------------------- fixR14a's own held-out set
# 52 phrasings of the shapes round 14's diag half missed (harm words in a match, a bout, a song's
# title, a toy gun, a hunt, a show, a parent's scare and "จะตาย" as "very"; a season "not over
# yet"; self-harm in Thai, Isan and English beside real threats; none beside an aside or with a
# village named; done at the evidence; Latin-letter greetings, starts and withdrawals; tracking
# without a reference; English cancel; edits at the summary), written by the fixR14a helper
# before any change, never trained on. Before (Sunday 6 December 2026): intents 22/52, danger
# 8/10, 9 false alarms, evidence 2/4, field 2/3, witnesses 0/5; after the harmless senses as
# classes, despair as a shape, a plain answer beside an aside, Latin openings spelled, status
# acted on, "change it to …" at the summary: intents 43/52, danger 10/10, 0 false alarms,
# evidence 3/4, field 3/3, witnesses 3/5. Floors: those, halfway to one more miss.
SELF_FIXR14A_FLOORS = {"intents": 42.5 / 52, "danger": 9.5 / 10, "false_alarms": 0}
SELF_FIXR14A_VALUES = {"evidence": 2.5 / 4, "field": 2.5 / 3, "witnesses": 2.5 / 5}


def test_own_held_out_round14_diag_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXR14A), SELF_FIXR14A_FLOORS, SELF_FIXR14A_VALUES)


# ---------------------------------------------------------------- fix16k's own held-out set
# 45 phrasings of what last session's walks met (issue 16: a calm aside about safety at consent,
# "not ok" there, agencies and officials typed in Latin letters, a threat to the family in Latin
# letters, "came to the house" in Latin letters, a relay whose relative cannot type, "สักครู่", a
# district said wrong again, "after the harvest" in December), with look-alikes, written by the
# fix16k helper before any change, never trained on. Before (Sunday 6 December 2026): intents
# 30/45, danger 5/6, 4 false alarms, agency 0/2, official 1/7, date 1/4, subdistrict 1/2; after
# a stopped visit read as calm, a "not" run on into a verb no refusal, "not" before a yes a no,
# Latin "o bo to" and places by sound, positions as typed in Latin letters, a Latin threat read
# through its Thai at every question (a run with harm in it only before a person or after
# "will"), a relay's reason no help, a mark after "ครู" another word, "wrong again, <field> is …"
# an edit, "after" a season still going on its days so far: intents 43/45, danger 6/6, 2 false
# alarms (a father who will come along and a visit to the house, both in Latin letters at the
# witness question), every value right. Floors: those, halfway to one more miss.
SELF_FIX16K_FLOORS = {"intents": 42.5 / 45, "danger": 1.0, "false_alarms": 2}
SELF_FIX16K_VALUES = {
    "agency": 1.0,
    "behalf": 2.5 / 3,
    "date": 3.5 / 4,
    "district": 3.5 / 4,
    "official": 6.5 / 7,
    "subdistrict": 1.5 / 2,
}


def test_own_held_out_walk16k_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIX16K), SELF_FIX16K_FLOORS, SELF_FIX16K_VALUES)


# ---------------------------------------------------------------- fixR14b's own held-out set
# 51 phrasings of the shapes round 14's diag half missed (a few days before or after a festival,
# in Thai and English; a weekday of last week said on a Sunday; "เด็ก", "แม่", "พ่อ" inside other
# words and sums said with "ร้อย" or in baht, which are no date; festivals misspelt and in Latin
# letters; an official named beside a relative or described; a headman of a หมู่; public things
# used privately and contracts always won by kin; names with titles; districts in English with a
# landmark; agencies with their division; witnesses named after the yes), written by the fixR14b
# helper before any change, never trained on. Before (Sunday 6 December 2026, integ 53c0558):
# intents 50/51, date 10/25, official 1/6, kind 3/7, name 0/4, district 0/3, agency 2/3,
# witnesses 1/3; after: intents 50/51, date 21/25, official 3/6, kind 3/7, name 4/4, district
# 3/3, agency 3/3, witnesses 3/3. Left: "ตอน/ช่วง/chuang <festival>" (labelled as the one day
# where the reading takes the days around it, as documented), a particle glued after "วัน",
# "วันศุกร์ที่แล้ว" on a Sunday (labelled as both Fridays; fix16a2 and round 13 label the most
# recent, which the reading keeps), a headman's village labelled "ผู้ใหญ่บ้าน หมู่ 3" (earlier
# rounds label it as typed), an English description of an official labelled in Thai, and four
# public things used privately labelled abuse where the project's kinds call public property
# misused budget (โกงเงินหรือของหลวง). No threats in it: no danger floor. Floors: those,
# halfway to one more miss.
SELF_FIXR14B_FLOORS = {"intents": 49.5 / 51, "danger": 0, "false_alarms": 0}
SELF_FIXR14B_VALUES = {
    "date": 20.5 / 25,
    "official": 2.5 / 6,
    "kind": 2.5 / 7,
    "name": 3.5 / 4,
    "district": 2.5 / 3,
    "agency": 2.5 / 3,
    "witnesses": 2.5 / 3,
}


def test_fixr14b_held_out_round14_value_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXR14B), SELF_FIXR14B_FLOORS, SELF_FIXR14B_VALUES)


# ---------------------------------------------------------------- fixW16c's own held-out set
# 19 phrasings of what walk16 met (pasted posts naming an official with a title beside a chair
# the post mentions, a title before or after the name; "แก้ 3 <name> นายก อบต." and "แก้ 5 เป็น
# วันที่ …" whose new value names another field; fees collected above their set price) and near
# misses (a chair who did it, a role alone, "ข้อ 2 ผิด" then a value, a field word before a
# number, a purchase overpriced, a service not given), written by the fixW16c helper before any
# change, never trained on. Before (Sunday 6 December 2026, main f91d3126): intents 19/19,
# official 1/6, field 5/8, kind 4/5, agency 4/4; after: intents 19/19, official 5/6, field 7/8,
# kind 4/5, agency 4/4. Left: "ประธานกองทุนหมู่บ้าน" read as "ประธาน", "ข้อ 2 ผิดค่ะ ต้องเป็น
# เทศบาล…" read as the agency's field by its word (the same line), a fee as set with a service
# not given read as budget. No threats in it. Floors: those, halfway to one more miss.
SELF_FIXW16C_FLOORS = {"intents": 18.5 / 19, "danger": 0, "false_alarms": 0}
SELF_FIXW16C_VALUES = {"official": 4.5 / 6, "field": 6.5 / 8, "kind": 3.5 / 5, "agency": 3.5 / 4}


def test_fixw16c_held_out_walk16_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXW16C), SELF_FIXW16C_FLOORS, SELF_FIXW16C_VALUES)


# ---------------------------------------------------------------- fixW16a's own held-out set
# 40 phrasings of what the walk of new villagers met (walk16: a report told by word of mouth
# and ignored, "watched me" there and then, a relative coming along in Latin letters, the name
# asked about, a penalty feared, Northern Khmer no typed by ear, withdrawals in Latin letters,
# "…มาตั้งแต่" at the date question), with look-alikes that must keep their reading (threats of
# silence, of stones thrown, of watching at home; a yes in Khmer; a span with its own end),
# written by the fixW16a helper before any change, never trained on. Before (Sunday 6 December
# 2026): intents 24/40, danger 9/9, 6 false alarms, date 2/4, faq 1/5, reported 0/1; after
# "ปาก" a mouth, not a throw, a relative who will come along no harm to them (in Latin letters
# too), "watched" there and then seen, money collected over time a charge, a penalty feared a
# worry answered as who will know, "ออต/เต๊ียะ/บาท" one Khmer no, "yok lek" a cancel spelled
# at any question, "…มาตั้งแต่" up to today, a few reports ignored taught calm: intents 39/40,
# danger 9/9, no false alarm, date 4/4, faq 4/5, reported 1/1. Left: "บอกไปหลายรอบแล้ว
# ทางนั้นเงียบ" read as said already; "ถ้าใส่ชื่อจริง…จะรู้ไหม" read as must the name be given
# (labelled who will know). Floors: those, halfway to one more miss.
SELF_FIXW16A_FLOORS = {"intents": 38.5 / 40, "danger": 1.0, "false_alarms": 0}
SELF_FIXW16A_VALUES = {"date": 3.5 / 4, "faq": 3.5 / 5, "reported": 1.0}


def test_fixw16a_held_out_walk16_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXW16A), SELF_FIXW16A_FLOORS, SELF_FIXW16A_VALUES)


# ---------------------------------------------------------------- fixR15b's own held-out set
# 46 phrasings of the value shapes round 15's diag half missed, in new words, with near-misses
# that must not change (a month alone, a festival alone, "ต้นเดือน" as the first ten days, "ปลัด
# อบต.", "นายก อบต." described, a district alone, "never reported"): a festival or season with
# its month said beside it; spans from one festival to another with words around them; ตักบาตร
# เทโว; officials with their tambon, a description after a particle, another role denied, a rank
# said with ยศ, "ฯ", a unit head beside its office, หมออนามัย; misspelt districts, where it
# happened beside where one lives, English districts after the question or with "please";
# English agencies with "in"/"at"; a report refused; a name with its phone; a relayed witness.
# Written by the fixR15b helper before any change, never trained on. Before (tester15 + the
# file, 65d65e1): intents 45/46, date 5/14, official 4/16, district 4/9, agency 0/2, witnesses
# 0/1, reported 3/3, name 1/1, phone 1/1; after: intents 45/46, date 14/14, official 14/16,
# district 9/9, agency 0/2, witnesses 1/1, reported 3/3, name 1/1, phone 1/1. Left: "ปลัดชาย
# คนใหม่…", "ครูผู้หญิงคนใหม่…" labelled as the bare role where the project keeps which holder of
# the office ("ผู้กองคนใหม่"); English agencies labelled in Thai where the project reads them back
# as typed (a design with its own tests); "never reported" read as intent none. No threats:
# no danger floor. Floors: those, halfway to one more miss.
SELF_FIXR15B_FLOORS = {"intents": 44.5 / 46, "danger": 0, "false_alarms": 0}
SELF_FIXR15B_VALUES = {
    "date": 13.5 / 14,
    "official": 13.5 / 16,
    "district": 8.5 / 9,
    "witnesses": 0.5 / 1,
    "reported": 2.5 / 3,
    "name": 0.5 / 1,
}


def test_fixr15b_held_out_round15_value_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXR15B), SELF_FIXR15B_FLOORS, SELF_FIXR15B_VALUES)


# ---------------------------------------------------------------- fixW17a's own held-out set
# 42 phrasings of what walk17's villagers answered and the bot misread (the "reported elsewhere?"
# question echoed back before "not yet", "no number, only told him", a yes and a "what?" at
# "file what you told me?" and at consent, Isan endings after an agency, a kamnan or a
# headman named at the agency question, a change of agency asked in free words, "ผญบ", a
# witness retyped after "told you", a village named for its sub-district at the district
# question, "done" with what the evidence is), with near-misses, written by the fixW17a
# helper before any change. Before (Sunday 6 December 2026, main f91d312): intents 32/42,
# agency 4/6, district 1/3, field 1/2, official 1/5, reported 6/7, reported_to 1/2, said 0/2,
# subdistrict 0/2; after: intents 39/42, field 1/2, every other value read. Left: a change of
# agency asked in free words ("…เปลี่ยนหน่วยงานได้ไหมคะ", read as an edit it lowered a sealed
# line, so backed out), "ยังไม่เคยแจ้งที่ไหนเลยค่ะ" is an answer (its value "no" right) where
# the row says none, "ไม่แจ้งตอนนี้ค่ะ" at the offer is read as cancel. No threats in it: no
# danger floor. Floors: those, halfway to one more miss.
SELF_FIXW17A_FLOORS = {"intents": 38.5 / 42, "danger": 0, "false_alarms": 0}
SELF_FIXW17A_VALUES = {
    "agency": 5.5 / 6,
    "district": 2.5 / 3,
    "field": 0.5 / 2,
    "official": 4.5 / 5,
    "reported": 6.5 / 7,
    "reported_to": 1.5 / 2,
    "said": 1.5 / 2,
    "subdistrict": 1.5 / 2,
}


def test_fixw17a_held_out_walk17_answers_are_read():
    _holds_floors(_scored_alone(SELF_FIXW17A), SELF_FIXW17A_FLOORS, SELF_FIXW17A_VALUES)


# ---------------------------------------------------------------- fixR15a's own held-out set
# 44 phrasings of round 15 diag's intent shapes in new words, written by the fixR15a helper
# before any change and never trained on: a relative's job suspended until someone withdraws,
# eviction for pointing someone out, voice-typed threats broken into syllables; harm words in
# the news, a ball spiked, a ghost dream, a vice that "kills", "สู้จนตัวตาย", a flood keeping
# one home; side remarks (a game, a feast, a teacher, a near miss); fear of an office beside
# the wish to file; everyday withdrawals in Thai and Isan; answers with a question put
# after them; "must I…?" asked alone; Northern Khmer "ออกุน"; real threats, withdrawals and
# questions that must stay. Before (Sunday 6 December 2026, tester15 e8549e7): intents 21/44;
# after: intents 32/44, danger 9/9, 3 false alarms, reason 6/6, kind 3/3. Left: side remarks
# with no harm word read as answers ("none" 0/8: a rule for them lowered a sealed half and was
# backed out), a withdrawal asked with neighbours' scolding and abuse described at the kind
# question read as danger, fear of a police station's scolding beside the wish to file, a
# question asked before a name (stripping it lowered a sealed half's questions: backed out).
# Floors: those, halfway to one more miss.
SELF_FIXR15A_FLOORS = {"intents": 31.5 / 44, "danger": 8.5 / 9, "false_alarms": 3}
SELF_FIXR15A_VALUES = {"reason": 5.5 / 6, "kind": 2.5 / 3}


def test_fixr15a_held_out_round15_intent_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXR15A), SELF_FIXR15A_FLOORS, SELF_FIXR15A_VALUES)


# ---------------------------------------------------------------- fixW18a's own held-out set
# 10 phrasings written by the fixW18a helper before any change: Isan "ส่งโลด" at the summary,
# a loose and an Isan yes at "file what you told me?", a worry asked there, with near-misses
# (don't send yet, no to filing). Before (integ 39482ba4): intents 6/10; after: 7/10 ("ส่งให้
# โลดเด้อพี่" now a yes). Left: the near-misses are read as answer, edit and change_mind (none of
# them a yes, which is what matters there). No threats: no danger floor. Floors: those, halfway
# to one more miss.
SELF_FIXW18A_FLOORS = {"intents": 6.5 / 10, "danger": 0, "false_alarms": 0}


def test_fixw18a_held_out_walk18_answers_are_read():
    _holds_floors(_scored_alone(SELF_FIXW18A), SELF_FIXW18A_FLOORS)


# ---------------------------------------------------------------- fixW18b's own held-out set
# 26 phrasings of the values walk18's villagers gave and the bot stored raw or misread ("nobody
# dares to be a witness", "none yet, I'll take photos tomorrow", a phone's first digits said in
# words, a role, a particle and a nickname with "surname unknown", an agency said unknown beside
# the village, a Latin greeting with the wish to file, "แก้ 3 <name> ตำแหน่ง<post>"), with
# near-misses, written by the fixW18b helper before any change. Before (Sunday 6 December 2026,
# integ 39482ba): intents 18/26, agency 0/1, field 2/2, official 1/5, phone 1/4, witnesses 1/5;
# after: intents 20/26, official 4/5, phone 4/4, witnesses 4/5. Left: "nobody dares" and "none
# yet" are read as answers whose value is none (the rows say none: the flow stores none either
# way), a Thai greeting with the wish to file stays a greeting, a named witness "who does not
# dare" keeps "เห็นค่ะ แต่ไม่กล้า", "เทศบาล บ่ฮู้ว่ากองไหน" reads "เทศบาลบ่ฮู้" (the agency step
# keeps "เทศบาล"), "ปลัดคนใหม่" (as before). No threats in it. Floors: those, halfway to one
# more miss.
SELF_FIXW18B_FLOORS = {"intents": 19.5 / 26, "danger": 0, "false_alarms": 0}
SELF_FIXW18B_VALUES = {
    "field": 1.5 / 2,
    "official": 3.5 / 5,
    "phone": 3.5 / 4,
    "witnesses": 3.5 / 5,
}


def test_fixw18b_held_out_walk18_values_are_read():
    _holds_floors(_scored_alone(SELF_FIXW18B), SELF_FIXW18B_FLOORS, SELF_FIXW18B_VALUES)


# ---------------------------------------------------------------- fixK16a's own held-out set
# 45 phrasings written by the fixK16a helper before any change: answers put as a check
# ("…ใช่มั้ยคะ", "…หรือเปล่าครับ", "…ป่าวคะ", Isan "…แม่นบ่") at the kind, when, agency, official,
# district, summary, "file it?", consent and reported questions; "is it needed?" asked back at
# the evidence, witness, reported, official, agency and when questions; someone beside them asked
# whether they count; real questions and checks of what the bot meant that must stay questions.
# Before (Sunday 6 December 2026, main c6cbb483): intents 29/45, faq 3/14; after: intents 41/45,
# faq 14/14, date 4/4, district 2/2, kind 4/4, reported 1/1. Left: "กดส่งได้แล้ว" and "ส่งได้แล้ว"
# are no clear yes read plainly (a check of them stays a question), "แจ้งได้เลย" at "file it?" is
# read as an answer plainly (the check of it a question), "ยังไม่เคย…ใช่ไหม" is read as none (its
# value, reported no, is right). A check at the kind question is not read as the answer (that
# lowered a sealed half: backed out; the flow offers the kind named back instead). No threats.
# Floors: those, halfway to one more miss.
SELF_FIXK16A_FLOORS = {"intents": 40.5 / 45, "danger": 0, "false_alarms": 0}
SELF_FIXK16A_VALUES = {
    "date": 3.5 / 4,
    "district": 1.5 / 2,
    "faq": 13.5 / 14,
    "kind": 3.5 / 4,
    "reported": 0.5 / 1,
}


def test_fixk16a_held_out_checked_answers_and_questions_back_are_read():
    _holds_floors(_scored_alone(SELF_FIXK16A), SELF_FIXK16A_FLOORS, SELF_FIXK16A_VALUES)


# ---------------------------------------------------------------- fixK16b's own held-out set
# 44 phrasings of what issue 16's last session left (posts of a village's public bodies, "ประธาน
# กองทุนหมู่บ้าน", "เหรัญญิกกองทุน", "ประธาน อสม.", "กรรมการหมู่บ้าน", in a story and at the agency
# question, beside a private club's or company's chair and the teller's own post; a festival or
# school term with "last year" and then a month, a day or a place; an agency changed in free
# words at a later question, beside an office denied as the doer; worries after a threat), with
# look-alikes, written by the fixK16b helper before any change. Before (Sunday 6 December 2026,
# main c6cbb483): intents 42/44, danger 3/4, no false alarm, official 4/15, date 8/13, agency
# 1/4, field 5/6; after: intents 43/44, official 15/15, date 11/13, agency 4/4, field 6/6. Left:
# "ปีที่แล้วช่วงปิดเทอม ราวๆเดือนมีนา" (a term that is either break: the latest begun, October),
# "Songkran last year, in April" (English: the festival's days), "I'm still too scared to go
# out" (not read as danger). Floors: those, halfway to one more miss.
SELF_FIXK16B_FLOORS = {"intents": 42.5 / 44, "danger": 2.5 / 4, "false_alarms": 0}
SELF_FIXK16B_VALUES = {
    "agency": 3.5 / 4,
    "date": 10.5 / 13,
    "field": 5.5 / 6,
    "official": 14.5 / 15,
}


def test_fixk16b_held_out_village_bodies_last_year_and_agency_changes_are_read():
    _holds_floors(_scored_alone(SELF_FIXK16B), SELF_FIXK16B_FLOORS, SELF_FIXK16B_VALUES)


# ---------------------------------------------------------------- fixR16a's own held-out set
# 54 phrasings of round 16 diag's intent shapes in new words, written by the fixR16a helper
# before any change and never trained on: a village service, a loan or a lawsuit tied to the
# complaint, a traitor named in a group post, "or you'll see"; rubber tapping (a tapper as a
# witness, before dawn at the when question), fighting cocks and bulls killed in the pit, storms
# and lightning, stage props and scenes, the teller's own dreams, a joking fear beside consent,
# marks "cut to death", kin who will take the photos; forgiving relayed withdrawals, deletions
# asked, kin or the village behind a withdrawal (Thai, Isan, Latin letters); weeds, seedlings and
# cassava pulled; status asks with a loose date; Isan anonymity; threats beside the same words
# that must stay (tyres slashed, trees cut, a father beaten while tapping, a dream told as a
# warning). Before (integ e452e056): intents 27/54, threats 14/15, 12 false alarms; after:
# intents 40/54, threats 15/15, no false alarm, identity 2/2, reason 5/5, date 2/2. Left: side
# remarks with harm words in harmless use are read as answers, not "none" (13 of 14; the bot
# offers them as a story either way, and fixR15a's rule for them lowered a sealed half), and
# "none yet, the grandchild will take them" at evidence is read as none. Floors: those, halfway
# to one more miss.
SELF_FIXR16A_FLOORS = {"intents": 39.5 / 54, "danger": 14.5 / 15, "false_alarms": 0}
SELF_FIXR16A_VALUES = {"identity": 1.5 / 2, "reason": 4.5 / 5, "date": 1.5 / 2}


def test_fixr16a_held_out_round16_intent_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXR16A), SELF_FIXR16A_FLOORS, SELF_FIXR16A_VALUES)


# ---------------------------------------------------------------- fixW19b's own held-out set
# 32 phrasings written by the fixW19b helper before any change (Sunday 6 December 2026, integ
# e452e056): an official, a head man or the police telling the complainant (or her father) to
# withdraw, with a penalty or a condition ("ไม่งั้น…", Isan "บ่ซั้น…", "… or her papers …"), said
# after filing; Isan and elders' status asks ("เรื่องที่แม่แจ้งไว้ไปฮอดไสแล้วลูก", "เป็นจั่งได๋แล้ว");
# whether the story goes to the police or an agency; near-misses (her own withdrawal, cash
# withdrawn, "can I withdraw?"). Before: intents 27/32 (3 told-to-withdraw lines read as her own
# withdrawal, 2 Isan status asks as "what happens next" and an answer), faq 4/5; after: intents
# 32/32, faq 4/5. Left: "will you pass what I wrote to the police?" is read as what happens next
# (its answer says the committee may forward to an agency too). Floors: those, halfway to one
# more miss.
SELF_FIXW19B_FLOORS = {"intents": 31.5 / 32, "danger": 13.5 / 14, "false_alarms": 0}
SELF_FIXW19B_VALUES = {"faq": 3.5 / 5}


def test_fixw19b_held_out_walk19_after_filing_is_read():
    _holds_floors(_scored_alone(SELF_FIXW19B), SELF_FIXW19B_FLOORS, SELF_FIXW19B_VALUES)


# ---------------------------------------------------------------- fixW19a's own held-out set
# 48 phrasings of walk19's filing shapes, written by the fixW19a helper before any change: a year
# said back called wrong at the agency or official question, how long ago someone died or left
# beside the deed, "this year, month N", Latin "ok jaeng"/"song loey"/"aob tor …", the letter o
# for a zero, a post with a nickname, "ยังค่ะ กลัว…" at reported-elsewhere, a family tie after the
# official, a witness described whose name is unknown, no reference number given; near-misses
# beside them. Before (Sunday 6 December 2026, integ e452e05): intents 38/48, agency 2/5, date
# 7/15, field 0/5, official 2/5, phone 1/4, reported 3/5, witnesses 1/4; after: intents 46/48,
# agency 4/5, date 14/15, field 4/5, official 3/5, phone 4/4, reported 5/5, witnesses 4/4.
# Left: "บ่แม่นปีนั้นเด้อ …" (the wrong word before "ปี"), "เดือนสิบเอ็ดจ้า" (จ้า run on), a post
# with a nickname keeps the post alone (a rule keeping "เอก (เจ้าหน้าที่ที่ดิน)" lowered a sealed
# half's officials and was backed out), an agency read from "ของเทศบาล ชื่อเล่น…", "aob tor ta
# jong" after "jao na tee" read as the official's office, "already said" + "no number" stays
# already_said (the flow takes it as no reference).
# No threats. Floors: those, halfway to one more miss.
SELF_FIXW19A_FLOORS = {"intents": 45.5 / 48, "danger": 0, "false_alarms": 0}
SELF_FIXW19A_VALUES = {
    "agency": 3.5 / 5,
    "date": 13.5 / 15,
    "field": 3.5 / 5,
    "official": 2.5 / 5,
    "phone": 3.5 / 4,
    "reported": 4.5 / 5,
    "witnesses": 3.5 / 4,
}


def test_fixw19a_held_out_walk19_filing_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXW19A), SELF_FIXW19A_FLOORS, SELF_FIXW19A_VALUES)


# 54 phrasings written by the fixR16b helper before any change (Sunday 6 December 2026): "not
# known, only this other thing" at the post, sub-district and phone questions; officials said
# by another name (ผญบ., จนท., ครูใหญ่, the assistant headman with a portfolio, the headman with
# the village's number and name); a witness with what they do said after the name; a
# sub-district closed by a particle then more words; a name beside a phone; evidence in
# English; a school term to now; "that night" of a festival; "last <weekday>"; Latin agencies;
# look-alikes that must stay. After (integ 06792e93 + fixR16b): intents 45/54, agency 3/3,
# evidence 8/8, phone 3/3, subdistrict 4/4, witnesses 4/6, date 4/9, name 1/3, field 1/2;
# officials have no floor (the post said in other words lowered official floors: backed out).
# Left: the abbreviations (ผญบ., จนท., ครูใหญ่) are labelled spelled out here and as
# typed in rounds 9/10, fix16k and heldout_villagers (the lead decides); "not known, only this"
# read as none lowered a sealed half and was backed out unread. No threats.
# Floors: those, halfway to one more miss.
SELF_FIXR16B_FLOORS = {"intents": 44.5 / 54, "danger": 0, "false_alarms": 0}
SELF_FIXR16B_VALUES = {
    "agency": 2.5 / 3,
    "date": 3.5 / 9,
    "evidence": 7.5 / 8,
    "phone": 2.5 / 3,
    "subdistrict": 3.5 / 4,
    "witnesses": 3.5 / 6,
}


def test_fixr16b_held_out_values_of_round16_diag_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXR16B), SELF_FIXR16B_FLOORS, SELF_FIXR16B_VALUES)


# ---------------------------------------------------------------- fixW21b's own held-out set
# 28 phrasings written by the fixW21b helper before any change (Sunday 6 December 2026, main
# e1bf8a36): people in a queue or a shop whom nobody knows, said at the witness question ("มี…
# หลายคน แต่ไม่รู้จักใครเลย", Isan "บ่ฮู้จักไผ"); a witness named with a question after it; "does
# a complaint without a name get the same care?"; two questions in one first message; words
# about a file said with "that's all"; near-misses (nobody saw, went alone, a plain question).
# Before: intents 24/28, witnesses 3/9, faq 11/11; after: intents 27/28, witnesses 8/9, faq
# 11/11. Left: "…นั่งรออยู่ด้วยครับ ไม่รู้จักชื่อใคร" keeps "นั่งรอ" without "อยู่ด้วย", and
# "รูปที่ส่งไปคือหน้าบ้านผู้ใหญ่ครับ เสร็จแล้ว" is read as an answer naming the headman. No threats.
# Floors: those, halfway to one more miss.
SELF_FIXW21B_FLOORS = {"intents": 26.5 / 28, "danger": 0, "false_alarms": 0}
SELF_FIXW21B_VALUES = {"witnesses": 7.5 / 9, "faq": 10.5 / 11}


def test_fixw21b_held_out_walk21_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXW21B), SELF_FIXW21B_FLOORS, SELF_FIXW21B_VALUES)


# ---------------------------------------------------------------- fixW20b's own held-out set
# 40 phrasings written by the fixW20b helper before any change (Sunday 6 December 2026, main
# e1bf8a36): แจ้ง typed by ear in Latin letters ("jang krub", "yak jang reuang ka", "jeang
# reuang kha"); a value of another question given with the old one denied ("อยู่ตำบลร่อนทองค่ะ
# ไม่ใช่ตำบลสตึก" at the evidence question, "เป็นปลัดค่ะ ไม่ใช่นายก"); filing for a relative in the
# first message; "may I file for several others?" (a volunteer, a teacher, Isan); near-misses (a
# greeting, thanks, a status ask in Latin letters, a plain no, the answer at its own question).
# Before: intents 30/40, faq 3/7, field 7/12, subdistrict 3/5; after: intents 38/40, faq 5/7,
# field 11/12, subdistrict 4/5. Left: "ครูช่วยแจ้งให้ผู้ปกครองหลายคนได้ไหม" (filing "ให้", not
# "แทน") and "อาสาสมัครแจ้งเรื่องแทนชาวบ้าน…ได้หรือเปล่า" (read as a start) are not yet asked
# for others (a question put as "other" taking its cue word's topic cost a held-out faq and was
# backed out), "ตำบลที่ถูกคือกระสัง" keeps no sub-district, an amount corrected is no field of its
# own. Floors: those, halfway to one more miss.
SELF_FIXW20B_FLOORS = {"intents": 37.5 / 40, "danger": 0, "false_alarms": 0}
SELF_FIXW20B_VALUES = {
    "behalf": 2.5 / 3,
    "district": 2.5 / 3,
    "faq": 4.5 / 7,
    "field": 10.5 / 12,
    "subdistrict": 3.5 / 5,
}


def test_fixw20b_held_out_walk20_starts_corrections_and_filing_for_others_are_read():
    _holds_floors(_scored_alone(SELF_FIXW20B), SELF_FIXW20B_FLOORS, SELF_FIXW20B_VALUES)


# ---------------------------------------------------------------- fixW20a's own held-out set
# 41 phrasings of walk20's filing values, written by the fixW20a helper before any change
# (Sunday 6 December 2026, main e1bf8a36): a headman named with his village and หมู่, a name not
# known but the person described, a doctor seen or quoted in a story that accuses someone else,
# police stations and dates typed in Latin letters, last week's weekday with a particle between,
# an office named after its district; near-misses beside them. Before (its date rows asked at
# "when", as the flow names the question): intents 40/41, agency 2/6, date 8/14, district 7/9,
# official 4/17; after: intents 41/41, agency 6/6, date 10/14, district 9/9, official 14/17.
# Left: the weekday of last week said on a Sunday reads both weeks' days (by design: people count
# weeks from Sunday or from Monday; these labels name one), "วีค" is not read as a week, a
# headman's หมู่ typed joined to his post stays joined ("ผู้ใหญ่บ้านหมู่ 11", as older rounds
# label it), an officer's unit after a doctor visited is cut ("เจ้าหน้าที่"), "หมออนามัย" is kept
# whole. No threats. Floors: those, halfway to one more miss.
SELF_FIXW20A_FLOORS = {"intents": 40.5 / 41, "danger": 0, "false_alarms": 0}
SELF_FIXW20A_VALUES = {
    "agency": 5.5 / 6,
    "date": 9.5 / 14,
    "district": 8.5 / 9,
    "official": 13.5 / 17,
}


def test_fixw20a_held_out_walk20_values_are_read():
    _holds_floors(_scored_alone(SELF_FIXW20A), SELF_FIXW20A_FLOORS, SELF_FIXW20A_VALUES)


# ---------------------------------------------------------------- fixR17a's own held-out set
# 48 phrasings written by the fixR17a helper before any change (Sunday 6 December 2026, integ
# a18af658): harm idioms (ฆ่าใจ, ตัดหางปล่อยวัด, a tetanus jab "to death"), pests trapped or
# sprayed, a cook's knife in English, a winning goal, a boxing class, a water gun, a colour
# and betel "like blood", festival fireworks, a game, a bus wait, karaoke, a police band, all
# said outside any question (none); a witness who works at an air-gun shop; Isan home-loss
# threats sent word of, kin's age put to "you"; real first stories with the same words (answer);
# a stop with the way back, "จบแค่นี้", Isan evidence none and "not yet" at reported;
# withdrawals because harm was done (danger first: the safety answer, then the withdrawal,
# recorded as pressure). Before: intents 20/48, threats 10/10, 10 false alarms; after: intents
# 35/48, threats 10/10, 1 false alarm (a daughter's boxing class: kin beside a kick), evidence
# 1/1, reported 3/3, reason 1/1. Left: chatter with no harm word in it (fishing, a headache in
# Isan, a bus wait, fireworks, a police band) stays an answer (offered as a story either way),
# English "how to" cooking is read as a question, "ขอพักก่อน … ค่อยมาทำต่อ" is the product's
# pause (remark: the draft kept), not the cancel it was labelled, and the witness's name beside
# where they work is a value of another helper's. Floors: those, halfway to one more miss.
SELF_FIXR17A_FLOORS = {"intents": 34.5 / 48, "danger": 9.5 / 10, "false_alarms": 1}
SELF_FIXR17A_VALUES = {"evidence": 0.5, "reported": 2.5 / 3, "reason": 0.5}


def test_fixr17a_held_out_round17_intent_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXR17A), SELF_FIXR17A_FLOORS, SELF_FIXR17A_VALUES)


# ---------------------------------------------------------------- fixR17b's own held-out set
# 56 phrasings written by the fixR17b helper before any change (Sunday 6 December 2026, integ
# 9fa10a9f): an agency with an Isan pointing word after it ("อบต.ตาจง พุ้นเด้อ"), เทศบาลตำบล in
# full; Latin sub-districts and districts with "krub"/"kha", "X amphoe"; a sub-district then its
# district; edits at the summary with the new value ("ที่ถูกคือ X", "change the district to X",
# "kae wan pen wan jan", a phone said wrong); two witnesses glued with "กับ", a teacher or doctor
# then where they work, nobody saw then why; a season with part of a month, two weekdays with
# "กับ"; a phone in English digit words; a body reported to with when; kin made the contractor
# and Latin allowance kinds; Latin evidence; officials with หมู่ in words or described after.
# Before: intents 53/56, date 4/8, district 6/9, evidence 1/3, field 3/9, official 0/3, phone
# 2/5, reported 2/3, reported_to 0/3, subdistrict 5/10, witnesses 2/8 (agency 6/6, kind 4/4).
# After: intents 54/56, every value right but field 8/9 and official 1/3 (the role spelt out
# is fixW20a's scorer's). Left: "can you change amphoe to …" read as a question, "no one saw,
# …funeral" as an answer (intents). No threats. Floors: those, halfway to one more miss.
SELF_FIXR17B_FLOORS = {"intents": 53.5 / 56, "danger": 0, "false_alarms": 0}
SELF_FIXR17B_VALUES = {
    "agency": 5.5 / 6,
    "date": 7.5 / 8,
    "district": 8.5 / 9,
    "evidence": 2.5 / 3,
    "field": 7.5 / 9,
    "kind": 3.5 / 4,
    "official": 0.5 / 3,
    "phone": 4.5 / 5,
    "reported": 2.5 / 3,
    "reported_to": 2.5 / 3,
    "subdistrict": 9.5 / 10,
    "witnesses": 7.5 / 8,
}


def test_fixr17b_held_out_values_of_round17_diag_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXR17B), SELF_FIXR17B_FLOORS, SELF_FIXR17B_VALUES)


# ---------------------------------------------------------------- fixW22b's own held-out set
# 40 phrasings of walk22's values, written by the fixW22b helper before any change (Sunday 6
# December 2026, integ 10989fe1): a name with a rank abbreviated then the rank spelt out ("จ.ส.ต.…
# ยศจ่าสิบตำรวจ"), a name then a job with a doubt after it (มั้ง, น่าจะใช่) or whose job it is
# (ของหมู่บ้าน), "surname not known" asides, a firm (หจก., บริษัท) named beside or instead of the
# official, Latin places after อบต./เทศบาลตำบล, a place misspelt after อบต., a name said after
# the yes to giving it, kinds told by concrete thinner than the plan or a receipt short of what
# was paid; near-misses (a post then a name, a refusal, the yes alone, embezzlement, bid rigging,
# tea money). Before: intents 40/40, agency 3/8, kind 9/11, name 2/4, official 3/15; after:
# intents 40/40, agency 5/8, kind 10/11, name 4/4, official 15/15. Left: a place misspelt after
# อบต. in the one message (spelt right once the sub-district is taken, in the flow), "รพ.สต. ของ
# อบต.<Latin>", an agency said twice in a sentence, a receipt for a land deed read as budget.
# No threats. Floors: those, halfway to one more miss.
SELF_FIXW22B_FLOORS = {"intents": 39.5 / 40, "danger": 0, "false_alarms": 0}
SELF_FIXW22B_VALUES = {
    "agency": 4.5 / 8,
    "identity": 5.5 / 6,
    "kind": 9.5 / 11,
    "name": 3.5 / 4,
    "official": 14.5 / 15,
}


def test_fixw22b_held_out_walk22_values_are_read():
    _holds_floors(_scored_alone(SELF_FIXW22B), SELF_FIXW22B_FLOORS, SELF_FIXW22B_VALUES)


# ---------------------------------------------------------------- fixW22a's own held-out set
# 30 phrasings written by the fixW22a helper before any change (Sunday 6 December 2026, integ
# 10989fe1): the witnesses called wrong at the summary with a post among the new ones, a name
# corrected at the summary beside a rank or title, a place or date called wrong at another
# question ("ตำบลที่บอกไปผิด … บ่แม่น X"), relatives who rode along in the car, and "must I go to
# court?"; near-misses beside them. Before: intents 27/30, field 11/15, official 0/5 (the post
# among the witnesses read as the accused); after: intents 29/30, field 12/15, official 5/5.
# Left: "คนเห็นเหตุการณ์ผิด" (no field word), "ไม่ใช่ค่ะ ชื่อ…" read as a no, a sub-district
# called wrong read as the district of the same name, and the court question (no answer of its
# own: faq 2/7; a rule for it lowered a sealed file's faq, so it was backed out unread).
SELF_FIXW22A_FLOORS = {"intents": 28.5 / 30, "danger": 1.5 / 2, "false_alarms": 0}
SELF_FIXW22A_VALUES = {"field": 11.5 / 15, "official": 4.5 / 5}


def test_fixw22a_held_out_walk22_edits_name_their_field_and_riders_are_no_threat():
    _holds_floors(_scored_alone(SELF_FIXW22A), SELF_FIXW22A_FLOORS, SELF_FIXW22A_VALUES)


# ---------------------------------------------------------------- fixW23's own held-out set
# 66 phrasings written by the fixW23 helper before any change (Sunday 6 December 2026, main
# 4c0a75a9): a full first message naming kind, agency, place and date; a year alone at the date
# question; an agency inside a sentence; police ranks before a name; "ไม่ใช่ค่ะ ชื่อ…" at the
# summary; a story at the kind question; a relative helping in the shop as a witness; a witness
# refused ("ไม่ใส่พยาน"); "not yet had the chance"; "only by mouth"; the end of a month; no
# witness with its reason. Before: intents 51/66, 2 false alarms, witnesses 1/11, field 0/4,
# evidence 2/3, official 3/8; after: intents 63/66, 1 false alarm, witnesses 9/11, field 4/4,
# evidence 3/3, official 7/8. Left: "ไม่มีพยานค่ะ ตอนนั้น…" as an answer (the lead's label; read
# so it lowered a sealed half, backed out unread), a night visit beside it read as danger, a
# relative's work kept with the witness, "เทศบาลตำบลX" inside a long first message, a post
# with its station. Floors: those, halfway to one more miss.
SELF_FIXW23_FLOORS = {"intents": 62.5 / 66, "danger": 0, "false_alarms": 1}
SELF_FIXW23_VALUES = {
    "evidence": 2.5 / 3,
    "field": 3.5 / 4,
    "official": 6.5 / 8,
    "reported": 2.5 / 3,
    "witnesses": 8.5 / 11,
}


def test_fixw23_held_out_walk23_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXW23), SELF_FIXW23_FLOORS, SELF_FIXW23_VALUES)


# ---------------------------------------------------------------- fix18a's own held-out set
# 71 phrasings written by the fix18a helper before any change (Sunday 6 December 2026, integ
# e884b556): harm words in cooking, sport, games, farming, medicine, idioms and the weather,
# relatives in ordinary sentences, a relative who knows of a death at the witnesses question
# (a dead man's allowance still paid); veiled threats of a post, a right or a kin's job taken
# away for speaking, despair with no death word, signs left at the door, and harm words of
# cooking, sport, farming and a spanking said in a threat. Before: intents 31/71, threats
# 22/24, 22 false alarms; after the harmless shapes of those kinds (`HARMLESS_HARM`, the small
# hours unless a night is told), despair as a sleep never woken from and a post or a right taken
# "if you still meddle": intents 56/71, threats 24/24, 2 false alarms (a daughter at nursing
# school, a machete clearing scrub beside "หลังบ้าน จะ…": the models' vote beside a kin or home
# word). Examples of these kinds for the danger model were written too, but any of them flipped
# one sealed threat (round 10), so they were left out. Left: chatter with no harm left in it read
# as a story (answer, not none). Floors: those, halfway to one more miss.
SELF_FIX18A_FLOORS = {"intents": 55.5 / 71, "danger": 23.5 / 24, "false_alarms": 2}


def test_fix18a_held_out_harm_words_at_home_and_veiled_threats_are_read():
    _holds_floors(_scored_alone(SELF_FIX18A), SELF_FIX18A_FLOORS)


# ---------------------------------------------------------------- perf26's own held-out set
# 18 long messages written by the perf26 helper before any change (Sunday 6 December 2026, main
# 4c0a75a9): the slowest readings are long texts, and making them faster must not change what
# they are read as. Scores (the same before and after): intents 15/18, danger 2/2, 3 false
# alarms (two harm words in chatter, a threat word in a story), kind 7/9.
SELF_PERF26_FLOORS = {"intents": 15 / 18, "danger": 1.0, "false_alarms": 3}
SELF_PERF26_VALUES = {"kind": 7 / 9}


def test_perf26_held_out_long_messages_are_read():
    _holds_floors(_scored_alone(SELF_PERF26), SELF_PERF26_FLOORS, SELF_PERF26_VALUES)


# ---------------------------------------------------------------- fixW24a's own held-out set
# 18 phrasings written by the fixW24a helper before any change (Sunday 6 December 2026, main
# 4c0a75a9): adding to the story at the summary ("ข้อ 6 ขอเพิ่ม…", "please add to number 6: …"), a
# reference typed alone or asked about, fear without a threat as a withdrawal reason, photos sent
# later, a mostly-English opening; near-misses beside them. Before and after: intents 12/18,
# field 7/8, faq 2/2, reference 4/4: understand() was not changed. The additions are read by
# `story_added` (a word list of its own in lexicon.additions) at the summary and the story's
# question; a reference alone (read as withdraw or answer, unsurely) and one asked about are
# shown by dispatch from the reference value; fear as a withdrawal reason (read as none, its
# "ยังบ่มีไผมาขู่" a no) is taken by the withdrawal from any reading but a keep or a threat.
# Left: those intents (the flow does not need them). No threats. Floors: halfway to one more miss.
SELF_FIXW24A_FLOORS = {"intents": 11.5 / 18, "danger": 0, "false_alarms": 0}
SELF_FIXW24A_VALUES = {"field": 6.5 / 8, "faq": 1.5 / 2, "reference": 3.5 / 4}


def test_fixw24a_held_out_walk23_additions_and_references_are_read():
    _holds_floors(_scored_alone(SELF_FIXW24A), SELF_FIXW24A_FLOORS, SELF_FIXW24A_VALUES)


# ---------------------------------------------------------------- fix18b's own held-out set
# 62 phrasings written by the fix18b helper before any change (Monday 7 December 2026, integ
# ada692df): who is typing said first (a relay and what the relative will do: "ยายจะบอกให้หนู
# พิมพ์"), one's own role and what the matter concerns ("เป็น อสม. ค่ะ มีเรื่อง…จะแจ้ง"), one's
# own role beside the accused, no evidence because paid in cash, a relay's yes at the summary
# ("ยายฟังแล้วบอกว่าถูกค่ะ ส่งได้"), witnesses as said ("มีแต่เมียผม", "มีค่ะ น้องสาวที่…");
# near-misses beside them. Before: intents 47/62, official 10/17, evidence 5/8, witnesses 3/7;
# after: intents 50/62, official 15/17, evidence 6/8, witnesses 7/7. Left: the intent of a
# preamble alone (read as answer or greeting: the conversation acts on `tells_what_happened`,
# not on it), "SAO X" at the agency question, "the last week of October", English evidence.
SELF_FIX18B_FLOORS = {"intents": 49.5 / 62, "danger": 0, "false_alarms": 1}
SELF_FIX18B_VALUES = {
    "official": 14.5 / 17,
    "evidence": 5.5 / 8,
    "witnesses": 6.5 / 7,
    "behalf": 5.5 / 6,
}


def test_fix18b_held_out_preambles_own_roles_and_relays_are_read():
    _holds_floors(_scored_alone(SELF_FIX18B), SELF_FIX18B_FLOORS, SELF_FIX18B_VALUES)


# ---------------------------------------------------------------- fixW24b's own held-out set
# 22 phrasings written by the fixW24b helper before any change (Monday 7 December 2026, integ
# 8c43345c): a post and a titled name after "already said", an Isan "บ่ฮู้นามสกุล", item 3
# corrected with an agency inside, two dates with "แต่" at the summary, witnesses "but they dare
# not speak" / "she can be witness", Thai posts inside English, spans to last month, court.
# Before: intents 22/22, date 3/6, field 4/5, official 1/8, witnesses 0/4; after: intents 22/22,
# date 6/6, field 4/5, official 8/8, witnesses 4/4 (witness labels follow the names-only
# convention). Left: "ข้อ 3 ผิด … อบต.X ชื่อ…" read as the agency (the words after tell the
# field, by design). Floors: those, halfway to one more miss.
SELF_FIXW24B_FLOORS = {"intents": 21.5 / 22, "danger": 0, "false_alarms": 0}
SELF_FIXW24B_VALUES = {"date": 5.5 / 6, "field": 3.5 / 5, "official": 7.5 / 8, "witnesses": 3.5 / 4}


def test_fixw24b_held_out_walk23_values_are_read():
    _holds_floors(_scored_alone(SELF_FIXW24B), SELF_FIXW24B_FLOORS, SELF_FIXW24B_VALUES)


# ---------------------------------------------------------------- fixW25a's own held-out set
# 14 phrasings written by the fixW25a helper before any change (Monday 7 December 2026, main
# ef7120c2): an English name given with the choice to give it and for whom it is filed, a
# witness then how to reach her, "let's file it then" after a story, and their look-alikes.
# Before: intents 11/14, identity 4/5, name 1/6, behalf 1/1; after (English own names read at
# the name questions, one filed for who is no relative kept apart): intents 11/14, identity
# 4/5, name 5/6, behalf 1/1. Left: "let's file it then" read as an answer (the story offer
# takes it as a yes: story._ENDS_FILING), "…who can't type" read as a question, the Thai
# "บอกชื่อค่ะ ชื่อ สมศรี ใจดี แจ้งแทนพ่อ" without its name. Floors: those, halfway to one more miss.
SELF_FIXW25A_FLOORS = {"intents": 10.5 / 14, "danger": 0, "false_alarms": 0}
SELF_FIXW25A_VALUES = {"identity": 3.5 / 5, "name": 4.5 / 6, "behalf": 1.0}


def test_fixw25a_held_out_walk25_english_volunteer_is_read():
    _holds_floors(_scored_alone(SELF_FIXW25A), SELF_FIXW25A_FLOORS, SELF_FIXW25A_VALUES)


# ---------------------------------------------------------------- fixW26's own held-out set
# 14 phrasings written by the fixW26 helper before any change (Monday 7 December 2026, integ
# 22909220): a role money is cheated, charged or docked from ("เขาโกงเงิน อสม.", "เรียกเก็บเงิน
# ลูกจ้าง", "money from the teachers"), the teller's own role in English ("I'm an English teacher
# at…"), a pasted chat's posters and group ("09:15 ครูวิไล: …"), and look-alikes where the role
# is the doer ("อสม. โกงเงิน", "ครูใหญ่เก็บเงิน", the poster asking the money himself). Before:
# intents 11/12, official 9/12 (the two pasted-chat rows written later, before their change:
# official 1/2); after (the wronged role, the English own role and a poster set aside): intents
# 13/14, official 13/14. Left: the English opening with one's role read as an answer, not a
# start; "ปลัดเทศบาล" in a pasted chat read as "ปลัด". Floors: those, halfway to one more miss.
SELF_FIXW26_FLOORS = {"intents": 12.5 / 14, "danger": 0, "false_alarms": 0}
SELF_FIXW26_VALUES = {"official": 12.5 / 14}


def test_fixw26_held_out_walk26_the_wronged_role_is_not_who_did_it():
    _holds_floors(_scored_alone(SELF_FIXW26), SELF_FIXW26_FLOORS, SELF_FIXW26_VALUES)


# ------------------------------------------------ fix16a's own held-out set (round 18's diag)
# 42 phrasings written by the fix16a helper of round 18 before any change (Monday 7 December
# 2026, main ef7120c2): chatter outside any question (heat, rain, a jesting threat, a sticker
# typed) and at a step (weather, hunger, laughter, good morning), the court question in Thai,
# Isan and English and at steps, going on after the safety answer ("จะแจ้งต่อ", "ทำต่อ",
# "สิแจ้งต่อเด้อ"); real threats, stories opening with the weather, "แจ้งต่อนายอำเภอ" beside them.
# Before: intents 25/42, faq 1/8, 4 false alarms; after: intents 39/42, faq 8/8, 1 false alarm.
# Left: "อรุณสวัสดิ์ค่ะ" at the official question (read as a name), "hot day today" at the when
# question (its day kept), "ฮ่าๆ" kept in the official's value, "จะทำต่อไปเรื่อยๆ ถ้าไม่มีใครแจ้ง"
# read as a threat. Floors: those, halfway to one more miss.
SELF_FIX16A_R18_FLOORS = {"intents": 38.5 / 42, "danger": 1.0, "false_alarms": 1}
SELF_FIX16A_R18_VALUES = {"faq": 7.5 / 8, "agency": 1.0, "reported": 1.0}


def test_fix16a_r18_held_out_chatter_court_and_going_on_are_read():
    _holds_floors(_scored_alone(SELF_FIX16A_R18), SELF_FIX16A_R18_FLOORS, SELF_FIX16A_R18_VALUES)


#: Before fix16b's change its own rows read kinds 12 in 18 (the allowance topics drowned by
#: the greeting); its floors are what the change reached.
SELF_FIX16B_R18_FLOORS = {"intents": 17.5 / 22, "danger": 0, "false_alarms": 0}
SELF_FIX16B_R18_VALUES = {"kind": 16.5 / 18, "official": 11.5 / 12}


def test_fix16b_held_out_opening_topics_name_the_kind():
    _holds_floors(_scored_alone(SELF_FIX16B_R18), SELF_FIX16B_R18_FLOORS, SELF_FIX16B_R18_VALUES)


# ---------------------------------------------------------------- fixW25b's own held-out set
# 24 phrasings written by the fixW25b helper before any change (Monday 7 December 2026, main
# ef7120c2): a relative year before a sum ("ปีที่แล้ว 2 ล้าน"), a story's school and district, a
# legal question about gathering evidence, "ม่ีมี" typed for ไม่มี, asked at the office but not
# reported, a police rank and name, an Isan "มีเรื่องอยากเว้า"; look-alikes beside them. Before:
# intents 18/24, date 3/6, agency 1/2, evidence 1/2, faq 2/6, official 0/2, reported 2/3; after:
# intents 21/24, date 6/6, agency 1/2, evidence 2/2, faq 5/6, official 0/2, reported 3/3. Left:
# a school after "ครูใหญ่" with its district between, an Isan question ending "บ่", a rank and
# name inside a longer answer (the flow keeps the generic post). Floors: halfway to one more miss.
SELF_FIXW25B_FLOORS = {"intents": 20.5 / 24, "danger": 0, "false_alarms": 0}
SELF_FIXW25B_VALUES = {"date": 5.5 / 6, "evidence": 1.5 / 2, "faq": 4.5 / 6, "reported": 2.5 / 3}


def test_fixw25b_held_out_walk25_values_are_read():
    _holds_floors(_scored_alone(SELF_FIXW25B), SELF_FIXW25B_FLOORS, SELF_FIXW25B_VALUES)


# ---------------------------------------------------------------- fixR19a's own held-out set
# 53 phrasings written by the fixR19a helper before any change (Monday 7 December 2026, integ
# 09ff0f40): despair in English ("no reason to keep going", "better off if I wasn't around"),
# a home or rented land lost unless the complaint is dropped, threats typed in Latin letters
# ("ja lai ork jak ngan"), a dead phone, battery or line, threats marked as jokes (555, ล้อเล่น,
# lol), an underling sent to collect; threats of those kinds beside them (a laugh after a
# warning, a phone smashed in a beating). Before: intents 23/53, danger 20/26, 7 false alarms;
# after: intents 36/53, danger 26/26, 4 false alarms. Left: chatter read as an answer (the none
# and answer line is not this set's), a move away read as despair by the models alone, "tawn nee"
# (ตอนนี้) read by the models, a joke about suing (ฟ้อง stays a threat word beside a laugh).
SELF_FIXR19A_FLOORS = {"intents": 35.5 / 53, "danger": 1.0, "false_alarms": 4}


def test_fixr19a_held_out_despair_eviction_romanised_and_jokes_are_read():
    _holds_floors(_scored_alone(SELF_FIXR19A), SELF_FIXR19A_FLOORS)


# ------------------------------------------------ fixV19's own held-out set (round 19's diag)
# 14 phrasings written by the fixV19 helper before any change (Monday 7 December 2026, integ
# 22909220): a day of the month said after a part of a month ("ปลายเดือนที่แล้วค่ะ วันที่ 28"),
# evidence said as a screenshot ("มีแคปแชทค่ะ", "มีภาพหน้าจอค่ะ") or a photo of a thing, and
# look-alikes (the span alone, "วันที่ 30 เดือนที่แล้ว", "มีแค่นี้", "ไม่มีแคป", "ไม่มีรูปโต๊ะ").
# Before: intents 12/14, date 2/6, evidence 5/7; after: intents 13/14, date 6/6, evidence 7/7.
# Left: "ไม่มีแคปค่ะ ลบไปแล้ว" read as an answer, not none (its value is right). Floors: those,
# halfway to one more miss.
SELF_FIXV19_FLOORS = {"intents": 12.5 / 14, "danger": 0, "false_alarms": 0}
SELF_FIXV19_VALUES = {"date": 5.5 / 6, "evidence": 6.5 / 7}


def test_fixv19_held_out_day_after_a_month_part_and_screenshots_are_read():
    _holds_floors(_scored_alone(SELF_FIXV19), SELF_FIXV19_FLOORS, SELF_FIXV19_VALUES)


# fixR19b's own, written before the code (41 rows: round 19 diag's value shapes in other words
# and look-alikes). Before: intents 32/41, agency 1/3, date 5/8, field 3/4, kind 0/3, official
# 3/8, witnesses 3/7; after: intents 40/41, all values right but official 6/8. Left: a nickname
# with a short title then the post ("นายกแดงค่ะ นายก อบต. นั่นแหละ", kept as "post (nickname)":
# the nickname is worth keeping), "nobody, went alone" (round 11 labels it a bare none). Floors:
# those, halfway to one more miss.
SELF_FIXR19B_FLOORS = {"intents": 39.5 / 41, "danger": 0, "false_alarms": 0}
SELF_FIXR19B_VALUES = {
    "agency": 2.5 / 3,
    "date": 7.5 / 8,
    "field": 3.5 / 4,
    # the contract-then-kin shape for conflict was backed out at the merge: fixR14b's own set
    # labels a contract to the mayor's cousin's company procurement, and its floor fell
    "kind": 1.5 / 3,
    # which holder of the office stays with the post ("นายก อบต. คนใหม่"), round 11's shape
    "official": 4.5 / 8,
    "witnesses": 6.5 / 7,
}


def test_fixr19b_held_out_round19_values_are_read():
    _holds_floors(_scored_alone(SELF_FIXR19B), SELF_FIXR19B_FLOORS, SELF_FIXR19B_VALUES)


# ---------------------------------------------------------------- fixV16's own held-out set
# 12 phrasings written by the fixV16 helper before any change (Monday 7 December 2026, integ
# f7c7ae05): a yes with more words at the story offer ("ค่ะ แจ้งเป็นเรื่องเลย พวกเราคุยกันแล้ว"),
# the story going on there ("แล้วก็…", a new fact), an introduction with a wish to tell and no
# matter, and one with the matter in it. Before: intents 9/12, one false alarm ("…ลูกสาวลงไลน์
# ให้…" read as a threat). Floors: those, halfway to one more miss.
SELF_FIXV16_FLOORS = {"intents": 8.5 / 12, "danger": 0, "false_alarms": 1}


def test_fixv16_held_out_yes_at_the_offer_and_introductions_are_read():
    _holds_floors(_scored_alone(SELF_FIXV16), SELF_FIXV16_FLOORS)


# ---------------------------------------------------------------- fixW29b's own held-out set
# 16 phrasings written by the fixW29b helper before any change (Monday 7 December 2026, integ
# 93ea452d): a worry about being found out said as a statement ("มีแค่ผมกับผู้ใหญ่บ้านที่รู้
# ถ้าเรื่องถึงอำเภอเขาก็รู้ทันทีว่าเป็นผม"), at the first message and at the story offer, in
# Isan and English; look-alikes: knowing or guessing told in the story, threats after being
# found out. Before: intents 6/16, threats 2/2, three false alarms (worries read as danger).
# After (worries said as what would follow read as who will know): 16/16, 2/2, none. Floors:
# those, halfway to one more miss.
SELF_FIXW29B_FLOORS = {"intents": 15.5 / 16, "danger": 1.0, "false_alarms": 0}


def test_fixw29b_held_out_worries_about_being_found_out_are_read():
    _holds_floors(_scored_alone(SELF_FIXW29B), SELF_FIXW29B_FLOORS)


# ---------------------------------------------------------------- fixW27's own held-out set
# 47 phrasings written by the fixW27 helper before any change (Monday 7 December 2026, main
# 32b0e1fb): relief money docked or a cut of it kept, told as the story ("ผู้ใหญ่บ้านหักเงิน
# ช่วยเหลือน้ำท่วมไว้"); a date or the doer's name corrected at a later question ("อ้อ วันที่ผิดค่ะ
# เป็นวันที่ 3", "ชื่อคนทำผิดครับ ชื่อสมปอง"); "until now" in an edit ("since August until now");
# a rank and a name in a later bubble ("ส.ต.ท.สมพงษ์ เป็นคนเรียก"); look-alikes. Before: intents
# 43/47, no false alarm, values date 12/17, field 14/18, kind 2/10, official 1/15; after: intents
# 45/47, date 17/17, field 16/18, kind 10/10, official 12/15. Left: "the official's name is wrong,
# it's Somchai" (an answer), the army's "ส.อ." and "Pol. Sgt." in English, "ไม่มีใครเห็นค่ะ วันนั้น
# ฝนตก" read as none, one's own name corrected read as the identity. Floors: halfway to one more
# miss.
SELF_FIXW27_FLOORS = {"intents": 44.5 / 47, "danger": 0, "false_alarms": 0}
SELF_FIXW27_VALUES = {
    "date": 16.5 / 17,
    "field": 15.5 / 18,
    "kind": 9.5 / 10,
    "official": 11.5 / 15,
}


def test_fixw27_held_out_walk27_corrections_spans_ranks_and_kinds_are_read():
    _holds_floors(_scored_alone(SELF_FIXW27), SELF_FIXW27_FLOORS, SELF_FIXW27_VALUES)


# ---------------------------------------------------------------- fixQ27's own held-out set
# 12 phrasings written by the fixQ27 helper before any change (Monday 7 December 2026, main
# 32b0e1fb): a teller's role glued to their workplace ("ดิฉันเป็นพยาบาลโรงพยาบาลสตึกค่ะ",
# "ลูกจ้างเทศบาลตำบลชุมเห็ดค่ะ …"), the workplace being the agency of a story told in bursts; a
# bill's price against the shop's; a month in a burst; a role with no workplace. Before:
# intents 12/12, agency 0/6, kind 1/2, date 1/1, no false alarm. After (a job glued to the
# workplace, where.py's _GLUE): agency 2/6, the other four read in their short form ("รพ.สตึก",
# "ทต.ชุมเห็ด") where the rows say the long one; the rows stay as written. Floors: halfway to
# one more miss.
SELF_FIXQ27_FLOORS = {"intents": 11.5 / 12, "danger": 0, "false_alarms": 0}
SELF_FIXQ27_VALUES = {"agency": 1.5 / 6, "kind": 0.5 / 2, "date": 0.5 / 1}


def test_fixq27_held_out_workplaces_in_a_story_are_read():
    _holds_floors(_scored_alone(SELF_FIXQ27), SELF_FIXQ27_FLOORS, SELF_FIXQ27_VALUES)


# ---------------------------------------------------------------- fixR20a's own held-out set
# 53 phrasings written by the fixR20a helper before any change (Monday 7 December 2026, integ
# b17f10f7): an overdose wished ("อยากกินยาให้หมดขวด", "swallowing the whole bottle"), a child's
# school or way home known, an allowance or a service cut because they complained (Thai, Isan
# "ย้อน…", English, Latin-typed); look-alikes: a course of medicine finished, a fear of snakes or
# ghosts, a joke about losing a game, a horror film, a threat in the news, "followed up", a
# game's gunfire; ten threats of shapes round 20 did not show. Before: intents 27/53, danger
# 17/26, 12 false alarms; after: intents 46/53, danger 24/26, no false alarm. Left: two threats
# typed in Latin letters whose words the spelling table lacks ("mot pang", "tat chue ... fong"),
# harmless chatter read as an answer (the none line is not this set's).
SELF_FIXR20A_FLOORS = {"intents": 45.5 / 53, "danger": 23.5 / 26, "false_alarms": 0}


def test_fixr20a_held_out_overdose_retaliation_and_harmless_fears_are_read():
    _holds_floors(_scored_alone(SELF_FIXR20A), SELF_FIXR20A_FLOORS)


# ---------------------------------------------------------------- fixV27a's own held-out set
# 31 phrasings written by the fixV27a helper before any change (Monday 7 December 2026, integ
# b17f10f7): a wish to stop said with fear for one's family (Thai, Isan, English, Latin-typed)
# and without it, coming back to a stopped draft, a question back or a wish to withhold at the
# identity step ("ขอสงวนนาม", "tha sai chue pai, kamnan ja ru mai"), others afraid to speak and
# a threat denied; look-alikes ("หยุดงานไปสองวัน", "stop asking me for money" in a story, a
# real threat behind the silence). Before: intents 25/31, danger 6/6, 1 false alarm, identity
# 5/8, date 0/3; after: intents 26/31, danger 6/6, 1 false alarm, identity 8/8, date 0/3. Left
# (the flow answers them: a stopped draft named is offered whatever the intent): "ไม่ทำต่อแล้วค่ะ
# พอแค่นี้" at evidence read as done, "เมื่อวานยกเลิกเรื่องไว้ อยากทำเรื่องเดิมต่อ" as a
# withdrawal, "I stopped my report yesterday, can I carry on" as a question, the day it was left
# read as a date, "ยังไม่มีใครมาขู่ … ทำต่อได้ค่ะ" as an answer, "stop asking me for money" in a
# story as danger. Floors: those, halfway to one more miss.
SELF_FIXV27A_FLOORS = {"intents": 25.5 / 31, "danger": 1.0, "false_alarms": 1}
SELF_FIXV27A_VALUES = {"identity": 7.5 / 8}


def test_fixv27a_held_out_stop_come_back_withhold_and_others_afraid_are_read():
    _holds_floors(_scored_alone(SELF_FIXV27A), SELF_FIXV27A_FLOORS, SELF_FIXV27A_VALUES)


# ---------------------------------------------------------------- fixV27b's own held-out set
# 18 phrasings written by the fixV27b helper before any change (Monday 7 December 2026, integ
# 34d371c7): a span corrected in words at the evidence or witness question ("ไม่ใช่แค่…
# ตั้งแต่ … ถึงวันนี้"), spans of abbreviated months and "until now", a plain no at the
# reported and evidence questions with an aside or sums beside it, Latin-typed evidence and an
# Isan don't-know, beside look-alikes that must not change. Before: intents 13/18, no false
# alarm, values date 5/8, field 1/3, reported 2/3, evidence 3/5; after (dashes and "until now"
# in when.py, "not only" read as the date widened, a none or not-yet with why beside it):
# intents 15/18, date 8/8, field 3/3, reported 3/3, evidence 4/5. Floors: halfway to one more miss.
SELF_FIXV27B_FLOORS = {"intents": 14.5 / 18, "danger": 0, "false_alarms": 0}
SELF_FIXV27B_VALUES = {"date": 7.5 / 8, "field": 2.5 / 3, "reported": 2.5 / 3, "evidence": 3.5 / 5}


def test_fixv27b_held_out_spans_and_answers_with_asides_are_read():
    _holds_floors(_scored_alone(SELF_FIXV27B), SELF_FIXV27B_FLOORS, SELF_FIXV27B_VALUES)


# ---------------------------------------------------------------- fixR20b's own held-out set
# 37 rows written by the fixR20b helper before any change (Monday 7 December 2026, integ
# 127e8f17). Before: intents 34/37, agency 3/7, evidence 2/5, kind 1/4, official 0/4,
# reported 1/5, reported_to 0/1. After: agency 4/7, evidence 5/5, official 1/4, reported 4/5,
# reported_to 1/1 (the relief-withheld kind shape was backed out: the union's kind floor fell).
# Floors: those, halfway to one more miss.
SELF_FIXR20B_FLOORS = {"intents": 33.5 / 37, "danger": 0, "false_alarms": 0}
SELF_FIXR20B_VALUES = {
    "agency": 3.5 / 7,
    "evidence": 4.5 / 5,
    "kind": 0.5 / 4,
    "reported": 3.5 / 5,
}


def test_fixr20b_held_out_round20_answers_are_read():
    _holds_floors(_scored_alone(SELF_FIXR20B), SELF_FIXR20B_FLOORS, SELF_FIXR20B_VALUES)


# ---------------------------------------------------------------- fixP28's own held-out set
# 27 phrasings written by the fixP28 helper before any change (Monday 7 December 2026, integ
# 7f313b72): an elder naming himself "ลุง/ป้า/ยาย/ตา ชื่อ …" at the name questions, "not filing
# for anyone" said there, a Northern Khmer "no" (ออต/อ็อต) at evidence and witnesses, an insider
# asking first whether she may report her own office, a story told with "may I report this?",
# "I told you already"; look-alikes (really filing for an uncle, a real witness). Before:
# intents 20/27, behalf 4/10, witnesses 3/7; after (kin self-naming, a denied "แจ้งแทน", a
# Khmer "no" never a witness): intents 22/27, behalf 10/10, witnesses 5/7. Left: "I told you"
# rows written as none are read already_said (the label was the writer's slip), the English
# insider question read as a start, "อ็อตบาท …" (no, polite) read as an answer with a witness.
# Floors: those, halfway to one more miss.
SELF_FIXP28_FLOORS = {"intents": 21.5 / 27, "danger": 0, "false_alarms": 0}
SELF_FIXP28_VALUES = {"behalf": 9.5 / 10, "witnesses": 4.5 / 7}


def test_fixp28_held_out_kin_self_naming_khmer_no_and_insider_questions_are_read():
    _holds_floors(_scored_alone(SELF_FIXP28), SELF_FIXP28_FLOORS, SELF_FIXP28_VALUES)


# ---------------------------------------------------------------- fixD28's own held-out set
# 24 phrasings written by the fixD28 helper before any change (Monday 7 December 2026, integ
# 7f313b72): walk28's dates: a month's full name glued in a sentence ("ตั้งแต่เปิดเทอมเดือน
# พฤษภาคมค่ะ…") and "X ไม่ใช่ Y" in a correction, in Thai, Isan, English and abbreviations;
# spans of months across a BE or CE year; the fiscal year ("ปีงบ 2568"); a day said after its
# month ("ปลายเดือนตุลาที่ผ่านมาค่ะ ส่งงานวันที่ 28"); look-alikes: Thursdays. Before: intents
# 23/24, values date 13/24, field 5/6. After (month names before weekdays where a time ends, a
# day glued to a deed narrows its month, the fiscal year): date 19/24. Left: Isan "บ่แม่น X
# เด้อ Y", English "May not November", "ตั้งแต่เปิดเทอมเดือนพฤษภาคม…" (the term wins), "ตั้งแต่
# …จนถึง…" after "แก้วันที่", English "from October 2024 to September 2025". Floors: halfway
# to one more miss.
SELF_FIXD28_FLOORS = {"intents": 22.5 / 24, "danger": 0, "false_alarms": 0}
SELF_FIXD28_VALUES = {"date": 18.5 / 24, "field": 4.5 / 6}


def test_fixd28_held_out_walk28_dates_are_read():
    _holds_floors(_scored_alone(SELF_FIXD28), SELF_FIXD28_FLOORS, SELF_FIXD28_VALUES)


# ---------------------------------------------------------------- fixS29's own held-out set
# 30 phrasings written by the fixS29 helper before any change (Monday 7 December 2026, main
# 5a3f8073): a story told in short bursts before any question (a sum alone, "no receipt" told),
# also at the story offer; a story told with "may I report this?" ("แจ้งได้ไหมคะ", Isan "ได้บ่",
# English); an insider's first question (will the boss know, will I be moved or let go); ten
# look-alikes (an announcement, a job said, praise, a question not about reporting). Before:
# intents 25/30, kind 2/4, one false alarm ("เขาบอกว่าแจ้งไปก็ไม่มีใครทำอะไร"). Floors: those,
# halfway to one more miss.
SELF_FIXS29_FLOORS = {"intents": 24.5 / 30, "danger": 0, "false_alarms": 1}
SELF_FIXS29_VALUES = {"kind": 1.5 / 4}


def test_fixs29_held_out_bursts_stories_asking_and_insiders_questions_are_read():
    _holds_floors(_scored_alone(SELF_FIXS29), SELF_FIXS29_FLOORS, SELF_FIXS29_VALUES)


# ---------------------------------------------------------------- fixW29a's own held-out set
# 53 phrasings written by the fixW29a helper before any change (Monday 7 December 2026, main
# 5a3f8073): Isan "แม่น…" as a yes at a confirm and "บ่แม่น <district>" as the district, a date
# said ahead at the district or tambon question; stories of padded sign-up lists with numbers
# and questions of being found out (an insider's too), which are no danger, beside two real
# threats; a yes or a start with "but not my name"; option 2 with a name and a phone at the
# identity step; English month spans ("Aug - Oct 2026", "from May to July 2026"), "late July";
# Isan tracking ("ไปฮอดไส"). Before: intents 46/53, danger 2/2, one false alarm, values date
# 2/11, district 6/9, identity 9/11, name 0/5, faq 5/6, agency 1/2. After ("บ่แม่น <district>"
# read as no, then the district; "แม่นอยู่" a yes; "will they guess" never a family threat; a yes
# or start with "but not my name"; option 2 then a name; months joined by a dash or "to", or
# said as begun and finished; "ปลาย<month>"; "เรื่อง ไปฮอดไส"): intents 53/53, no false alarm,
# date 10/11, district 9/9, identity 11/11, name 5/5, faq 6/6, agency 2/2. Left: Isan "เดือนกี้"
# read as no date. Floors: halfway to one more miss.
SELF_FIXW29A_FLOORS = {"intents": 52.5 / 53, "danger": 1.0, "false_alarms": 0}
SELF_FIXW29A_VALUES = {
    "date": 9.5 / 11,
    "district": 8.5 / 9,
    "identity": 10.5 / 11,
    "name": 4.5 / 5,
    "faq": 5.5 / 6,
}


def test_fixw29a_held_out_isan_confirms_found_out_questions_names_and_spans_are_read():
    _holds_floors(_scored_alone(SELF_FIXW29A), SELF_FIXW29A_FLOORS, SELF_FIXW29A_VALUES)


# ---------------------------------------------------------------- fixW30b's own held-out set
# 28 phrasings written by the fixW30b helper before any change (Monday 7 December 2026, integ
# 5be67d05): one's own legal risk asked back ("แจ้งไปแล้วตำรวจจะมาจับผมไหม", "ยายผิดไหมลูก",
# "can I get sued for defamation?"), at a step too; fear given as the reason to withdraw; the
# name kept out asked for at the summary; look-alikes (police extortion told, court and
# evidence-law questions, another's arrest). Before: intents 23/28, no false alarm, values faq
# 2/19, reason 3/5, identity 0/2. After (one's own legal risk read as "legal_risk", "frightened"
# as pressure): intents 23/28, no false alarm, faq 17/19, reason 4/5, identity 0/2 (the name
# kept out at the summary is acted on by the flow, `talk.made_anonymous`, read as a question).
# Left: the defamation question read as a start; "กลัวเขาจะมาทำอะไรที่บ้าน" beside a withdrawal read
# as a question. Floors: halfway to one more miss.
SELF_FIXW30B_FLOORS = {"intents": 22.5 / 28, "danger": 1.0, "false_alarms": 0}
SELF_FIXW30B_VALUES = {"faq": 16.5 / 19, "reason": 3.5 / 5}


def test_fixw30b_held_out_legal_risk_fear_withdrawals_and_anonymity_are_read():
    _holds_floors(_scored_alone(SELF_FIXW30B), SELF_FIXW30B_FLOORS, SELF_FIXW30B_VALUES)


# ---------------------------------------------------------------- fixR21a's own held-out set
# 44 phrasings written by the fixR21a helper before changing any code (base integ ee2eab25):
# 22 that are no danger (a boss, a mother or a wife who will "kill" me for a lapse, prices, heat
# and interest "killing" us, laughing to death in Thai and Isan, being sent to sleep with the
# animals, spirits, shrines and cemeteries feared) and 22 threats (pasted as a quote, tacked
# onto "nothing more" or onto another answer, a bodily harm promised in the evidence answer, a
# death veiled as counted days, a coffin, a temple chosen). Before: intents 23/44, danger 17/22,
# 10 false alarms. After (threat shapes in `DANGER_PATTERNS`, idioms in `HARMLESS_HARM`): intents
# 43/44, danger 22/22, no false alarm. Left: a mother-in-law's joke read as a story (bribery).
SELF_FIXR21A_FLOORS = {"intents": 42.5 / 44, "danger": 21.5 / 22, "false_alarms": 0}


def test_fixr21a_held_out_idioms_and_tacked_on_threats_are_read():
    _holds_floors(_scored_alone(SELF_FIXR21A), SELF_FIXR21A_FLOORS)


# ---------------------------------------------------------------- fixF29's own held-out set
# walk29: 22 phrasings by the fixF29 helper before changing any code, never trained on: agencies
# typed in Latin letters (district hospitals, "rong phayaban", an SAO of a "Ban" tambon, a
# municipality spelt "tessaban"/"tesaban"/"thetsaban"), a span of months corrected at the summary
# or a later question (Thai, Isan "ฮอด", English "from … to …"); look-alikes: one month corrected,
# a span answered at the date, a Latin district at the district question. Before (Monday 7
# December 2026): intents 22/22, values agency 8/12, date 3/9, field 8/8. After (เทศบาล typed by
# ear, โรงพยาบาล romanised, a span with both ends read inside other words): agency 12/12, date
# 9/9. Floors: those, halfway to one more miss.
SELF_FIXF29_FLOORS = {"intents": 21.5 / 22, "danger": 0, "false_alarms": 0}
SELF_FIXF29_VALUES = {"agency": 11.5 / 12, "date": 8.5 / 9, "field": 7.5 / 8}


def test_fixf29_held_out_latin_agencies_and_spans_are_read():
    _holds_floors(_scored_alone(SELF_FIXF29), SELF_FIXF29_FLOORS, SELF_FIXF29_VALUES)


# ---------------------------------------------------------------- fixV20's own held-out set
# 42 phrasings written by the fixV20 helper before any change (Monday 7 December 2026, main
# 5a3f8073), round 20's diag villagers' shapes in other words: an official charging more than
# a thing costs ("ผู้ใหญ่บ้านเก็บตังค่าน้ำประปาแพงเกิน"), "done" said with ละ and an ending, a photo
# sent another day, "went to ask <official> already", relief or an allowance withheld, "may I
# file for my mother?", a threat at the witnesses question, an English greeting with a wish to
# report, a sub-district with an ending; 11 look-alikes (a purchase overpriced, a fee asked to
# pay relief, really filing for a mother, classmates who saw, a greeting alone …). Before:
# intents 33/42, danger 3/3, 2 false alarms, values kind 6/12, evidence 2/5, reported 5/6.
# After (a charge collected dearer than the thing is a bribe and relief not paid out is budget,
# in KIND_SHAPES; "may I …" is no month and asks to report; "done" with ได้/ส่ง and ละ; Isan ฮูป;
# "สิส่ง" after a parent is no threat to the family): intents 36/42, danger 3/3, 1 false alarm,
# kind 12/12, evidence 3/5, reported 5/6. Left: "ผมไปถามนายก…มาแล้ว เขาบอกให้รอ" read as a
# threat by the danger model, "พรุ่งนี้จะถ่ายส่งให้" as has (a bare "พรุ่งนี้" as later lowered a
# sealed half: backed out), "ได้ครบละนะงับ" as a yes, "ยังมีอีกรูป" as none, "we already went to
# ask…" as already said. Floors: those, halfway to one more miss.
SELF_FIXV20_FLOORS = {"intents": 35.5 / 42, "danger": 2.5 / 3, "false_alarms": 1}
SELF_FIXV20_VALUES = {"kind": 11.5 / 12, "evidence": 2.5 / 5, "reported": 4.5 / 6}


def test_fixv20_held_out_round20_villagers_shapes_are_read():
    _holds_floors(_scored_alone(SELF_FIXV20), SELF_FIXV20_FLOORS, SELF_FIXV20_VALUES)


# ---------------------------------------------------------------- fixR21b's own held-out set
# 37 phrasings written by the fixR21b helper before any change (Monday 7 December 2026, integ
# 5309104a): a formal or greeted opening that only names its topic ("เรียนท่านเจ้าหน้าที่
# ดิฉันประสงค์จะร้องเรียนเรื่อง…", "ผมคนลาว … อยากบอกเรื่อง…"), a question before consent (a fee,
# who reads, how long kept), formal "ยังมิได้/มิเคย" at reported, Khmer-Thai "บาด" on a yes, Khmer
# hellos, official titles kept whole ("ผู้ช่วยผญบ.", "แพทย์ประจำตำบล"); look-alikes beside each.
# Before: intents 31/37, official 5/7, reported 2/4, no false alarm. After (openings naming
# only their topic read as a start, "มิได้/มิเคย", "บาด" a particle, the kamnan's assistants
# kept whole): intents 35/37, official 5/7, reported 4/4, no false alarm. Floors: those, halfway
# to one more miss.
SELF_FIXR21B_FLOORS = {"intents": 34.5 / 37, "danger": 0, "false_alarms": 0}
SELF_FIXR21B_VALUES = {"official": 4.5 / 7, "reported": 3.5 / 4}


def test_fixr21b_held_out_openings_questions_before_consent_and_titles_are_read():
    _holds_floors(_scored_alone(SELF_FIXR21B), SELF_FIXR21B_FLOORS, SELF_FIXR21B_VALUES)


# ---------------------------------------------------------------- fixW30a's own held-out set
# 27 phrasings written by the fixW30a helper before any change (Monday 7 December 2026, integ
# 5be67d05): a district or police station named with another province (Thai and Latin,
# "อ.เมือง จ.ศรีสะเกษ", "Amphoe Mueang Khon Kaen"), which is no district of Buriram; look-alikes
# that are Buriram's (อ.เมือง alone, "Mueang Buri Ram", ต.หนองบัว อ.ปะคำ, หนองบัวโคก, คูเมือง);
# "แก้อำเภอ …" at the summary edits the district. Before: intents 27/27, district 18/26 (every
# "อ.เมือง<other province>" and "Mueang <other province>" read as อ.เมืองบุรีรัมย์), field 6/6.
# After ("เมือง"/"Mueang" said with another province is none of ours, nor is its "อำเภอเมือง"
# an office): intents 27/27, district 25/26, field 6/6. Left: "edit district: Nong Ki, not
# Nang Rong" reads no district. Floors: halfway to one more miss.
SELF_FIXW30A_FLOORS = {"intents": 26.5 / 27, "danger": 0, "false_alarms": 0}
SELF_FIXW30A_VALUES = {"district": 24.5 / 26, "field": 5.5 / 6}


def test_fixw30a_held_out_other_provinces_are_no_district_of_buriram():
    _holds_floors(_scored_alone(SELF_FIXW30A), SELF_FIXW30A_FLOORS, SELF_FIXW30A_VALUES)


# fixW31 (walk31): a province as people spell it ("Amphoe Muang Srisaket", "Mueang Korat",
# "เมืองอุบล") and a district said beside another province's bare name ("สังขะ สุรินทร์ค่ะ
# ไม่ใช่บุรีรัมย์"), which are none of Buriram's; fear told with the wish to withdraw; look-alikes
# that are Buriram's. Before: intents 19/20, district 13/16 (Srisaket, Sri Saket and Khorat read
# as อ.เมืองบุรีรัมย์… or the bare province missed), reason 3/3, one false alarm ("ขอยกเลิกเรื่อง…
# ผมกลัวเขาย้ายผม" read as no withdrawal). After (geothai's spellings, people's spellings and
# short names in `places.PROVINCE_SAID_AS`; a district then its province's bare name; this
# province denied is not said): intents 19/20, district 16/16, reason 3/3, the same false alarm.
# Floors: halfway to one more miss.
SELF_FIXW31_FLOORS = {"intents": 18.5 / 20, "danger": 0, "false_alarms": 1}
SELF_FIXW31_VALUES = {"district": 15.5 / 16, "reason": 2.5 / 3}


def test_fixw31_held_out_provinces_as_people_spell_them():
    _holds_floors(_scored_alone(SELF_FIXW31), SELF_FIXW31_FLOORS, SELF_FIXW31_VALUES)


# fixI32 (issue 16 leftovers), 65 phrasings written before any change (Monday 7 December 2026,
# main 7a5534a7): which worry of being found out a question asks (16 rows carry the answer
# meant, "worry": faq.insider for the boss, a transfer, a contract; faq.details_may_point for
# a detail few know; none for a plain "will they know", the headman, a fee); Isan "เดือนกี้
# (นี่)", "อาทิตย์กี้", "ปีกาย"; a month said with a school-term word ("ตั้งแต่เปิดเทอมพฤษภา",
# "เทอม 2 พฤศจิกา"), "เปิดเทอม" alone and with a year; a name told without "ชื่อ" ("ผม ทองดี
# มีสุข 0812345678"), and a refusal, "แล้วแต่ค่ะ", a village or an office typed there. Before:
# intents 65/65, date 12/30, name 8/19, phone 4/4, worry 15/16 (a detail's worry asked before
# any draft had no answer of its own). After (Isan words in `spoken_dates`' spellings, the
# month over the term in `when`, a twice-a-year term with a year spans both, `_told_bare` and
# `names_a_place` in `name_values`, `faq.found_out` the one decider): intents 65/65, date
# 29/30, name 19/19, phone 4/4, worry 16/16. Left: "เดือนนี้" was labelled to the month's end,
# the reader rightly stops at today. Floors: halfway to one more miss.
SELF_FIXI32_FLOORS = {"intents": 64.5 / 65, "danger": 0, "false_alarms": 0}
SELF_FIXI32_VALUES = {"date": 28.5 / 30, "name": 18.5 / 19, "phone": 3.5 / 4}


def test_fixi32_held_out_isan_time_words_terms_and_bare_names_are_read():
    _holds_floors(_scored_alone(SELF_FIXI32), SELF_FIXI32_FLOORS, SELF_FIXI32_VALUES)


def test_fixi32_held_out_worry_of_being_found_out_has_one_answer():
    from handlers.faq import found_out
    from handlers.understanding.corpus import today_of

    rows = [row for row in load([SELF_FIXI32]) if "worry" in row]
    said = [
        found_out(_read(row["text"], expecting=row.get("expecting"), today=today_of(row)))
        for row in rows
    ]
    meant = [
        (row["text"], row["worry"], s.key.split(".", 1)[1] if s else None)
        for row, s in zip(rows, said, strict=True)
    ]
    right = sum(want == got for _, want, got in meant)
    assert right >= 15.5, [m for m in meant if m[1] != m[2]]


# fixO32 (issue #16): an edit of the district in English at the summary ("Edit district: Prakhon
# Chai", "wrong district, it was Satuek not Krasang", "No, not Buri Ram! it's in Surin"), and a
# police station or district office of another province named with no province ("สภ.ปราสาท",
# "ที่ว่าการอำเภอขุขันธ์"); look-alikes that are Buriram's (สภ.เมืองบุรีรัมย์, สภ.นางรอง, อ.เมือง, the
# tambon ปราสาท of บ้านกรวด, อบต.ปราสาท) and an English edit of the agency. 23 rows (one, "yes,
# send it", mislabelled "confirm": left as written, a row labelled "yes" added). Before (main
# 7a5534a7): intents 20/23, district 14/18, field 8/10 ("No, not Buri Ram! it's in Surin" read as
# a no, "not Buriram, it happened in Sisaket" as an answer; English district values after
# "Edit district:" or "it was" unread). After (English openers in `lexicon.CORRECTED_TO`, a value
# denied after the one meant dropped, another province said at the summary an edit of the
# district): intents 22/23 (the mislabelled row), district 18/18, field 10/10. Floors: halfway to
# one more miss.
SELF_FIXO32_FLOORS = {"intents": 21.5 / 23, "danger": 0, "false_alarms": 0}
SELF_FIXO32_VALUES = {"district": 17.5 / 18, "field": 9.5 / 10}


def test_fixo32_held_out_english_district_edits_and_other_provinces_police():
    _holds_floors(_scored_alone(SELF_FIXO32), SELF_FIXO32_FLOORS, SELF_FIXO32_VALUES)


# ---------------------------------------------------------------- fixR22a's own held-out set
# 44 phrasings written by the fixR22a helper before changing any code (base integ c4c02722): 22
# threats (a kick, a choke, hair yanked, a slap, a punch told as done to the teller or kin, in
# Thai, Isan, English and Latin-typed Thai; a death veiled as "will you live to New Year?" asked
# by those who came; a home said, written or sent to burn easily; a laugh beside a threat about
# reporting; a pet poisoned after a report) and 22 that are none (a sister's, a friend's jest
# marked as one, a game named after the words, an old dog, a calf, a duck run over, prices and a
# match "dead", pests, a bank's and a health volunteer's reminder, fire safety taught, an illness
# and an old cow "to Songkran", "hit me up", a fish stunned for the grill). Before: intents
# 18/44, danger 16/22, 12 false alarms. After (assault and veiled shapes in `DANGER_PATTERNS`,
# seized-body stems in `THREAT_STEMS`, jests, games, animals, prices, pests and reminders in
# `HARMLESS_HARM`, kin who ask kept out of `THREAT_TO_FAMILY`, "-oey" typed by ear for เคย/เลย):
# intents 37/44, danger 22/22, no false alarm. Left (none of them danger): a few "none" rows read
# as an answer, a question or a remark, and "khoey jaeng laew krub" read as a yes (reported: yes).
# Floors: halfway to one more miss.
SELF_FIXR22A_FLOORS = {"intents": 36.5 / 44, "danger": 21.5 / 22, "false_alarms": 0}


def test_fixr22a_held_out_assaults_veiled_threats_and_jests_are_read():
    _holds_floors(_scored_alone(SELF_FIXR22A), SELF_FIXR22A_FLOORS)


# fixW32a (walk32): 55 phrasings written before any change (Monday 7 December 2026, main
# 7a5534a7): Latin-typed dates and times of day ("mua kuen wan sao tee laew krub, pra man 3
# toom", "ton song toom") beside Latin threats that must stay threats; "เมื่อคืนวันเสาร์ที่แล้ว"
# said on a Monday; a month corrected at the summary in words ("ไม่ใช่พฤษภา … มิถุนา", "ไม่ใช่ค่ะ
# มิถุนายน 2569"); a term opened in a month, to now; Latin answers at the kind, reported,
# summary and agency questions ("reak ngern krub 1", "yung mai koey", "sor.por.lor. Nang
# Rong"); "บ่ฮู้ดอก เป็นผู้ใหญ่บ้านหมู่ 7" at the agency question; relief money eaten; an
# official's full name in a story. Before: intents 47/55, danger 4/4, 1 false alarm (the walk's
# own line), values agency 2/9, date 9/18, district 0/2, field 4/7, kind 3/9, official 5/9,
# reported 1/3 (three Latin times with "ton" read as a withdrawal). After (a Latin text that
# spells a time and no harm word, read calm by the Thai models, is no threat; "ton", "song",
# "tee" before an hour are ตอน, สอง, ตี; "เมื่อคืนวัน<day>" is that day's night; "จริงๆ" turns to
# the month meant; a no then a date at the summary edits the date; a year's digits name no item;
# "since then" after a time and a term's month; Latin เรียกเงิน, ยังไม่, เคย, "kae", สภ. by its
# letters; a don't-know then an official at the agency question; relief money eaten; a surname
# kept): intents 52/55, danger 4/4, no false alarm, agency 9/9, date 17/18, district 2/2, field
# 6/7, kind 9/9, official 8/9, reported 3/3. Left: the Isan "บ่แม่นเมษาเด้อ … ตุลาคม" (no turn
# word), "yung mai koey" read as none (its value is right), a post's หมู่ in a story.
# Floors: halfway to one more miss.
SELF_FIXW32A_FLOORS = {"intents": 51.5 / 55, "danger": 1.0, "false_alarms": 0}
SELF_FIXW32A_VALUES = {
    "agency": 8.5 / 9,
    "date": 16.5 / 18,
    "district": 1.5 / 2,
    "field": 5.5 / 7,
    "kind": 8.5 / 9,
    "official": 7.5 / 9,
    "reported": 2.5 / 3,
}


def test_fixw32a_held_out_latin_times_month_corrections_and_latin_answers():
    _holds_floors(_scored_alone(SELF_FIXW32A), SELF_FIXW32A_FLOORS, SELF_FIXW32A_VALUES)


# ---------------------------------------------------------------- fixR22b's own held-out set
# 41 phrasings written by the fixR22b helper before any change (Monday 7 December 2026, integ
# 8e57ac20): a festival said with "ตรงกับ…พอดี" or beside its own date ("วันลอยกระทงครับ 24
# พฤศจิกายน"), the police with their station and a bare rank ("ตำรวจ สภ.… ยศจ่า"), "นายก อบต."
# typed in Latin, who saw "with their own eyes", a hotline called, the name taken out at the
# summary, bid rigging beside kin, an option said in words ("ข้อสาม"), a summary not right,
# nothing more, sending later, withdrawing under pressure in English, village chatter;
# look-alikes beside each. Before: intents 30/41, date 1/5, identity 0/2, kind 3/4, official
# 5/7, reason 0/2, witnesses 3/5. After (emphasis after a time, a day and month said apart win,
# the station and a bare rank after the police cut, a rank word no name, "คนเห็นกับตาคือ…", "โทร"
# a telling, "เอาชื่อ…ออก" anonymous, "ฮั้ว" procurement, option numbers in words, "มีผิด…" a no,
# "asked me to drop it" pressure): intents 30/41, date 5/5, identity 2/2, kind 4/4, official
# 6/7, reason 1/2, witnesses 5/5. Left: chatter read as an answer, "ไม่มีใครเห็น" read as none,
# "ส.อบต.หมู่ 7" unspaced. Floors: halfway to one more miss.
SELF_FIXR22B_FLOORS = {"intents": 29.5 / 41, "danger": 0, "false_alarms": 0}
SELF_FIXR22B_VALUES = {
    "date": 4.5 / 5,
    "identity": 1.5 / 2,
    "kind": 3.5 / 4,
    "official": 5.5 / 7,
    "witnesses": 4.5 / 5,
}


def test_fixr22b_held_out_festival_dates_ranks_witnesses_and_names_taken_out_are_read():
    _holds_floors(_scored_alone(SELF_FIXR22B), SELF_FIXR22B_FLOORS, SELF_FIXR22B_VALUES)


# fixW32b (walk32, issue 16 part two), 27 phrasings written before any change (Monday 7
# December 2026, integ 7bb5c807): a change of mind back to filing after a cancel ("เปลี่ยนใจค่ะ
# คิดดูแล้วจะแจ้งต่อ…"), "ถ้าอย่างนั้นแจ้งค่ะ" with nothing asked, the teller's own role or fellows
# ("ดิฉันเป็น อสม.", "อสม.คนอื่นก็รู้", "ผมเป็นผู้ช่วยผู้ใหญ่บ้าน") never the accused, going on with
# the name kept out, a group in a story who saw ("ครูหลายคนเห็นใบเสร็จ…"), with look-alikes (a
# volunteer or the headman accused, "แจ้งต่อนายอำเภอ", "ถ้าอย่างนั้นไม่แจ้ง"). Before: intents
# 18/27, official 4/8, witnesses 1/4, identity 4/4. After (`MIND_BACK_TO_FILING`, `START_THEN`
# with nothing asked, the name-kept-out tail of `GO_ON_ALONE`, `_SELF_INTRO`'s post under another
# and `_ONLOOKER`'s fellows, "หลายคนเห็น" no witness's words): intents 25/27, official 6/8,
# witnesses 1/4 (the story's "ครูหลายคนเห็นใบเสร็จ…" no longer gives a sentence: none, so the
# witness question is asked; a group taken from the story was tried and undone, a round-8
# villager then never got to name hers), identity 4/4. Left: "ถ้าอย่างนั้นไม่แจ้ง" read as
# cancel, "บอกไปแล้วค่ะว่าไม่บอกชื่อ" as already_said (both fine where they are said), the
# accused's post shorter than labelled ("หัวหน้า" for "หัวหน้า รพ.สต."), a reported label typed
# True for "yes". Floors: halfway to one more miss.
SELF_FIXW32B_FLOORS = {"intents": 24.5 / 27, "danger": 0, "false_alarms": 0}
SELF_FIXW32B_VALUES = {"official": 5.5 / 8, "witnesses": 0.5 / 4, "identity": 3.5 / 4}


def test_fixw32b_held_out_coming_back_own_roles_and_witnesses_are_read():
    _holds_floors(_scored_alone(SELF_FIXW32B), SELF_FIXW32B_FLOORS, SELF_FIXW32B_VALUES)


# ---------------------------------------------------------------- fixW33a's own held-out set
# 31 phrasings written by the fixW33a helper before changing any code (base integ e281b99e): a
# "no" with others harmed too at the witnesses ("ไม่มีค่ะ แม่ค้าคนอื่นก็โดนแต่ไม่กล้าพูด"), a yes
# before the names, a date said wrong by its value at the summary with the new one in a clause
# naming who ("วันที่ก็บ่แม่นเดือนกี้ค่ะ ครูเก็บเงินมื้อซืนนี่เอง"), about the nth of last month,
# traffic police, a contractor kin to the mayor, a name with the teller's own post at the name
# question; look-alikes of each. Before: intents 28/31, date 6/9, field 7/7, name 1/4, official
# 4/13, witnesses 2/8, 1 false alarm. After (others harmed a fact beside a "no", the official
# read from a clause and the date denied dropped at a date edit, "ตำรวจจราจร" whole, a name
# before a post, no one named beside a fact a none): intents 30/31,
# date 9/9, field 7/7, name 4/4, official 10/13, witnesses 2/8, 1 false alarm (the same). Left:
# five "no one" rows labelled a null witness where none is read as "" (as every earlier set
# labels it: left as written), "แม่ค้าแผงข้าง ๆ" read without its "ๆ", "ครูแดงครูประจำชั้น" read
# as "ครู" (the flow keeps it whole), the row read as danger before and after, and the two
# contractors kin to a mayor (read as the mayor: round 18's "five_messages" means the mayor
# when told so; which one is the doer is asked, not guessed). Floors:
# halfway to one more miss.
SELF_FIXW33A_FLOORS = {"intents": 29.5 / 31, "danger": 1.0, "false_alarms": 1}
SELF_FIXW33A_VALUES = {"date": 8.5 / 9, "field": 6.5 / 7, "name": 3.5 / 4, "official": 9.5 / 13}


def test_fixw33a_held_out_walk33_readings():
    _holds_floors(_scored_alone(SELF_FIXW33A), SELF_FIXW33A_FLOORS, SELF_FIXW33A_VALUES)


# ---------------------------------------------------------------- fixW34's own held-out set
# 29 phrasings written by the fixW34 helper before changing any code (main fe5e52dd): a worry
# of being guessed from what is told asked mid-filing in other words (11 rows carry the answer
# meant, "worry"; a plain "will they know" after the story is told is asked as told), the
# committee allowed to call (7 rows carry "call_ok": said, refused, not said), a contractor kin
# to an official (the official is the public one), the same name as last time at the name
# question (6 rows carry "same_name"); look-alikes of each. Five phone labels were written
# "08…" where every set writes "+668…": the same numbers, relabelled in that form before any
# change. Before: intents 28/29, faq 9/10, identity 1/2, name 4/6, official 0/5, phone 5/5,
# worry 2/11, call_ok 1/7 (no reader), same_name 1/6 (no reader). After (`asks_being_guessed`
# in `questions`, the topic and `faq.found_out` with the story told, `contact_words`,
# `OFFICIAL_KIN_BEFORE`): intents 29/29, faq 10/10, identity 2/2, name 6/6, official 5/5,
# phone 5/5, worry 10/11, call_ok 7/7, same_name 6/6. Left: the teacher who says where she
# teaches after the guess ("หนูสอนอยู่ที่นั่น") is answered about details, not as an insider
# (`INSIDER_ASKED` does not read a post told that way). Floors: halfway to one more miss.
SELF_FIXW34_FLOORS = {"intents": 28.5 / 29, "danger": 0, "false_alarms": 0}
SELF_FIXW34_VALUES = {"faq": 9.5 / 10, "name": 5.5 / 6, "official": 4.5 / 5, "phone": 4.5 / 5}


def test_fixw34_held_out_walk34_readings():
    _holds_floors(_scored_alone(SELF_FIXW34), SELF_FIXW34_FLOORS, SELF_FIXW34_VALUES)


# ---------------------------------------------------------------- fixW35a's own held-out set
# 35 phrasings written by the fixW35a helper before changing any code (integ 3974ed37): a deed
# said after a titled name ("นายสมหมาย เบิกงบซ่อม…", "นางสาวสายใจ เป็นคนแจก…"), a land-office
# officer ("เจ้าหน้าที่สำนักงานที่ดิน…"), a date denied and another said at a later question
# ("เดี๋ยวๆ ไม่ใช่ต้นเดือน เป็นปลายเดือนที่แล้ว" at reported), "มาตั้งแต่ต้นปีแล้ว" in December;
# look-alikes of each. Before: intents 31/35, date 11/17, evidence 1/1, field 4/8, official
# 5/17. After (`OFFICIAL_DEEDS` end a titled name, `OFFICIAL_DIVISION` not cut at "ที่ดิน", a
# date denied in `one_for_another`, `_GONE_ON_SINCE`, `_GOING_ON_SINCE`): intents 35/35, date
# 17/17, evidence 1/1, field 8/8, official 17/17. Floors: halfway to one more miss.
SELF_FIXW35A_FLOORS = {"intents": 34.5 / 35, "danger": 0, "false_alarms": 0}
SELF_FIXW35A_VALUES = {"date": 16.5 / 17, "field": 7.5 / 8, "official": 16.5 / 17}


def test_fixw35a_held_out_walk35_readings():
    _holds_floors(_scored_alone(SELF_FIXW35A), SELF_FIXW35A_FLOORS, SELF_FIXW35A_VALUES)


#: The questions asked after the story: a worry of being known there is asked as told.
_AFTER_STORY = ("evidence", "witnesses", "reported", "identity", "name", "phone", "summary")


def test_fixw34_held_out_worry_of_being_guessed_is_answered_as_told():
    from handlers.faq import found_out
    from handlers.understanding.corpus import today_of

    rows = [row for row in load([SELF_FIXW34]) if "worry" in row]
    said = [
        found_out(
            _read(row["text"], expecting=row.get("expecting"), today=today_of(row)),
            told=row.get("expecting") in _AFTER_STORY,
        )
        for row in rows
    ]
    meant = [
        (row["text"], row["worry"], s.key.split(".", 1)[1] if s else None)
        for row, s in zip(rows, said, strict=True)
    ]
    right = sum(want == got for _, want, got in meant)
    print(f"\nworry {right}/{len(meant)}")
    assert right >= 9.5, [m for m in meant if m[1] != m[2]]


def test_fixw34_held_out_call_allowed_and_same_name_are_read():
    from handlers.understanding import asks_same_name, call_allowed

    rows = load([SELF_FIXW34])
    calls = [(r["text"], r["call_ok"], call_allowed(r["text"])) for r in rows if "call_ok" in r]
    names = [
        (r["text"], r["same_name"], asks_same_name(r["text"])) for r in rows if "same_name" in r
    ]
    call_right = sum(want == got for _, want, got in calls)
    name_right = sum(want == got for _, want, got in names)
    print(f"\ncall_ok {call_right}/{len(calls)} same_name {name_right}/{len(names)}")
    assert call_right >= 6.5, [c for c in calls if c[1] != c[2]]
    assert name_right >= 5.5, [n for n in names if n[1] != n[2]]


# ---------------------------------------------------------------- fixW35b's own held-out set
# 22 phrasings written by the fixW35b helper before changing any code (base integ 0a386c6f):
# a filed complaint withdrawn in code-mixed words ("ผมอยาก cancel เรื่องที่แจ้งไว้ครับ", "ขอแคนเซิล
# เรื่องที่แจ้งไว้ค่ะ", "please cancel my complaint"), Thai "ยกเลิก…" ones, and look-alikes (a draft
# cancelled mid-filing, a project or an appointment cancelled in a story, "ไม่ได้จะ cancel…",
# a question about withdrawing, a withdrawal taken back). Before: intents 13/22. After (cancel
# / แคนเซิล before เรื่อง or คำร้อง, and "cancel my complaint", in `WITHDRAW_WORDS` and
# `_DROPPED`): intents 20/22. Left: "ขอยกเลิกการถอนเรื่องค่ะ" read as withdraw (by the model, as
# before: the flow takes it back by `takes_back_withdrawal` first), "ถ้า cancel เรื่องแล้วจะเปิด
# ใหม่ได้ไหมคะ" read as withdraw (was a question; its Thai twin "ถ้ายกเลิกเรื่อง…" already was). Floors:
# halfway to one more miss.
SELF_FIXW35B_FLOORS = {"intents": 19.5 / 22, "danger": 0, "false_alarms": 0}


def test_fixw35b_held_out_code_mixed_withdrawals_are_read():
    _holds_floors(_scored_alone(SELF_FIXW35B), SELF_FIXW35B_FLOORS)


# ---------------------------------------------------------------- fixW36b's own held-out set
# 32 phrasings written by the fixW36b helper before changing any code (base integ 66f5d6fe, walk36):
# a police officer's cash demand told in English and Thai (the kind), an email offered or asked
# for at the phone question, "anonymous then" said there as one leaves, a yes typed before the
# name and phone at the name choice ("บอกค่ะ สมพร แก้วมณี 089…", "Yes, Mark Evans, 089…"), and
# witnesses told without a name ("ชาวบ้านแถวนั้นก็รู้กันหมดค่ะ"). Before: intents 19/32, name 1/6;
# after (a yes as the choice in `_CHOICE_FIRST`, `_at_the_contact_questions` in the reader,
# `offers_email`): intents 29/32, name 6/6, identity 11/11. Left: two stories read as "start"
# (labelled answer), "ถ้าต้องให้เบอร์ งั้นไม่บอกชื่อดีกว่าค่ะ" read as change_mind (the round
# diag labels "เปลี่ยนใจค่ะ ขอไม่ใส่ชื่อ" so; the phone step takes either), "Everyone in the market
# knows about it" kept lower-cased. Floors: halfway to one more miss.
SELF_FIXW36B_FLOORS = {"intents": 28.5 / 32, "danger": 0, "false_alarms": 0}
SELF_FIXW36B_VALUES = {"name": 5.5 / 6, "identity": 1.0}


def test_fixw36b_held_out_contact_answers_are_read():
    _holds_floors(_scored_alone(SELF_FIXW36B), SELF_FIXW36B_FLOORS, SELF_FIXW36B_VALUES)


# fixR23a (round 23's danger side and the texts not for the bot), 32 phrasings written before any
# change (Monday 7 December 2026, integ f7397869): a customer's threat of a bad review, harm
# between a soap's characters, a game won "ฆ่าขาด"/"murdered them 5-1", a field's pests and the
# poison put out for them, a farm beast that nearly killed its keeper, the teller's own photos
# promised; threats beside them that must stay (blackmail photos, a dog poisoned after a
# complaint, a henchman's car, Latin "khu ja ma ying"); and texts not for the bot (a holy day
# asked, food ordered, a recipe, a slip, a market price, Isan and Latin chit-chat, the bot's age,
# "wrong chat", the heat, a parent's illness). Before: intents 8/32, danger 6/6, 10 false alarms;
# after: intents 29/32, danger 6/6, 1 false alarm (a score beside "last night", which the model
# still reads as a night visit). Left: "will send … tomorrow" read as a question, the video
# promised without "later" read, a delivery asked. Floors: halfway to one more miss.
SELF_FIXR23A_FLOORS = {"intents": 28.5 / 32, "danger": 1.0, "false_alarms": 1}


def test_fixr23a_held_out_harmless_threats_and_texts_not_for_the_bot_are_read():
    _holds_floors(_scored_alone(SELF_FIXR23A), SELF_FIXR23A_FLOORS)


# fixR24a (round 24's missed threats and chit-chat taken for a story), 30 phrasings written
# before any change (Monday 7 December 2026, integ fd9bf375): threats as ideas (a pet killed and
# left, a cross painted, tyres let down; a child or wife watched; a withdrawal coerced), "จะตาย"
# of the net, the cold, hunger or fertiliser prices, a ghost told to children; chit-chat at no
# step (an ordination, a son's job, a storm, a funeral, "talk later"); story starts that must stay.
# Before: intents 19/30, danger 11/13, 0 false alarms; after: intents 27/30, danger 13/13, 0 false
# alarms (left: a son's job "ที่ระยอง" and an ordination "พรุ่งนี้" (a day told) read as a story, a
# report wished with a road read as a start).
# Floors: those, halfway to one more miss.
# 27/30 with its no-step rule for chit-chat; 23/30 once that rule was taken out at the merge;
# 27/30 again with fixStory (the rule back behind the dispatcher's "story under way").
SELF_FIXR24A_FLOORS = {"intents": 26.5 / 30, "danger": 1.0, "false_alarms": 0}


def test_fixr24a_held_out_signs_watching_coerced_withdrawals_and_chit_chat_are_read():
    _holds_floors(_scored_alone(SELF_FIXR24A), SELF_FIXR24A_FLOORS)


# fixStory (issue 16: chit-chat at no step is not a story), 40 phrasings written before any
# change (Monday 7 December 2026, main 5e117f6a): chit-chat at no step from other domains (a storm,
# kittens, a market, a funeral, boxing, fishing, rubber prices, a buffalo calf, a fence painted,
# Isan, English, Latin-typed), story openings with no official named and with cues, later
# bubbles of a story (expecting "story"), and look-alikes (a greeting, a wish to report, a
# question, thanks, a threat). Before: intents 19/40, danger 1/1, 2 false alarms; after (at no
# step with no story under way a text is a story only with a complaint cue; the dispatcher says
# when a story is under way): intents 27/40, danger 1/1, 2 false alarms (a grandson's bike "this
# week" and a later bubble "สองวันแล้ว…หายไป" read as danger). Left: chit-chat with a sure day
# ("เมื่อวาน", "ปีนี้") or a sure kind (a nephew's job read as conflict), two defects with no cue
# word (a drain "แตก", a tank that "leaks") read as none, a question read as a start.
# Floors: those, halfway to one more miss.
SELF_FIXSTORY_FLOORS = {"intents": 26.5 / 40, "danger": 1.0, "false_alarms": 2}


def test_fixstory_held_out_chit_chat_at_no_step_is_not_a_story():
    _holds_floors(_scored_alone(SELF_FIXSTORY), SELF_FIXSTORY_FLOORS)


# fixR24b (round 24's answer side), 33 phrasings written before any change (Monday 7 December
# 2026, main 5e117f6a): transplanting season (ดำนา) with and without a year, and narrowed to a
# month; harvest and school-break look-alikes; "duean korn" typed in Latin letters; a weekday
# said with a market day and "last week" (Thai and English); evidence held by kin who will send
# it; screenshots said in English; is-it-safe and will-they-know look-alikes; a person or a bot
# asked in Thai, Isan and English, with who-reads and is-it-the-government look-alikes. Before:
# intents 29/33, date 7/14, evidence 2/7, faq 4/12, 1 false alarm. After (ดำนา from June in
# `festivals`, the occasion beside a weekday and "last week, on …" in `spoken_dates`, ก่อน after
# "duean" in `romanised`, `EVIDENCE_SENT_BY_ANOTHER`, `BOT_ASKED` and faq "is_bot"): intents
# 31/33, date 14/14, evidence 7/7, faq 11/12, 1 false alarm. Left: "รูปอยู่กับลูกสาวครับ เย็นนี้
# ให้ลูกส่งมาทีหลัง" read as danger (the danger model, as before) and "ที่นี่เป็นหน่วยงานรัฐหรือเปล่า"
# at no step read as an edit of the agency. Floors: halfway to one more miss.
SELF_FIXR24B_FLOORS = {"intents": 30.5 / 33, "danger": 1.0, "false_alarms": 1}
SELF_FIXR24B_VALUES = {"date": 13.5 / 14, "evidence": 6.5 / 7, "faq": 10.5 / 12}


def test_fixr24b_held_out_seasons_market_days_evidence_by_kin_and_bot_questions_are_read():
    _holds_floors(_scored_alone(SELF_FIXR24B), SELF_FIXR24B_FLOORS, SELF_FIXR24B_VALUES)


# fixR25a (round 25's false alarms: harsh words no one means, issue 16), 40 phrasings written
# before any change (Monday 7 December 2026, integ ed050143): a parent's, a wife's or a bet's
# "kill" marked a joke, films, games and ghosts, a likeness ("เหมือนเอามีดปาดคอ"), a child caned,
# a fire for warmth, hello from away, Latin-typed jokes and a consent typed "ok yin dee"; and
# threats said lightly (555, lol, "พูดเล่นๆ") at the witnesses, consent, when and what-more steps.
# Before: intents 19/40, danger 12/13, 16 false alarms; after (harm weighed by who means it:
# a laugh or a film with no menace, official or stranger beside it is calm; a harm tied to
# someone speaking is danger): intents 26/40, danger 12/13, 3 false alarms (left: an idiom of
# blood, a boss abroad who "ขู่" to fire, news of a shooting elsewhere with "ระวัง"; the miss:
# "anyone who talks ends up in the canal", no harm word).
# Floors: those, halfway to one more miss.
SELF_FIXR25A_FLOORS = {"intents": 25.5 / 40, "danger": 11.5 / 13, "false_alarms": 3}


def test_fixr25a_held_out_harsh_words_no_one_means_and_light_threats_are_read():
    _holds_floors(_scored_alone(SELF_FIXR25A), SELF_FIXR25A_FLOORS)


# fixR26a (round 26's danger and chit-chat side, issue 16 "a villager understood, not matched"),
# 32 phrasings written before any change (Monday 7 December 2026, integ 448160ea): three
# Latin-typed threats after a beating; an animal threatened in jest (Thai, English); Isan "ย่าน"
# of the rain or a lost bag; longing or loneliness that "kills"; news of a threat elsewhere (Thai,
# English); off-topic questions (a temple fair, the weather to come, a crop price, a football
# match, a festival, concert tickets); chit-chat naming an official (elected, moved, at a party,
# arrested to the teller's joy), a curse, a sigh or a governor's promise about cheats, a market
# trip, money and debt worries, safe now; and four story starts that must stay answers.
# Before: intents 10/32, danger 3/3, 4 false alarms; after (`CHIT_CHAT_TOLD`/`CHIT_CHAT_NOT`
# and `told_aside` in the reader, outings, shows, matches and the weather asked in
# `NOT_FOR_THE_BOT`, `NEWS_TOLD`/`NEWS_NEAR` calm, animals, longing and a fear of the rain or
# a missed bus in `HARMLESS_HARM`, "งบ" never before a tone mark): intents 32/32, danger 3/3,
# 0 false alarms. Floors: halfway to one more miss.
SELF_FIXR26A_FLOORS = {"intents": 31.5 / 32, "danger": 2.5 / 3, "false_alarms": 0}


def test_fixr26a_held_out_chit_chat_naming_officials_and_harmless_harm_are_none():
    _holds_floors(_scored_alone(SELF_FIXR26A), SELF_FIXR26A_FLOORS)


# ---------------------------------------------------------------- fixL34's own held-out set
# 35 Latin-typed phrasings (karaoke Thai) written by the fixL34 helper before changing any code
# (base main fe5e52dd): districts with "jangwat"/a comma and the province, another province's
# district, "song" and "dai" that are no place, witnesses named with a phone, "no danger, go
# on", six real Latin threats, stories naming a kind, official and district, where the teller
# lives said at the sub-district question, a cancel and a change of mind. Before: intents 30/35,
# danger 6/6, 1 false alarm ("mai mee antarai…"), district 11/12, kind 1/5, official 3/3, phone
# 2/2, subdistrict 2/3. After (`romanised.in_thai` keeps names typed capitalised and reads
# places by `places.latin_place_names`, the kind and district of a Latin story read from its
# Thai spelling, a denial read from it, a loose sound beside a whole harmless Thai spelling no
# threat, "but my home is at" no scene): intents 30/35, danger 6/6, 0 false alarms, district
# 12/12, kind 5/5, official 3/3, phone 2/2, subdistrict 3/3. Left: "dai loei krub" at the
# district, "mai pen rai laew… tor dai" and "mai mee antarai… tam tor dai" read as no yes,
# and "jaeng tor"/"plian jai… jaeng tor" labelled at a step "none" (read as start when nothing
# is asked, as the flow asks after a cancel). Floors: halfway to one more miss.
SELF_FIXL34_FLOORS = {"intents": 29.5 / 35, "danger": 1.0, "false_alarms": 0}
SELF_FIXL34_VALUES = {
    "district": 11.5 / 12,
    "kind": 4.5 / 5,
    "official": 2.5 / 3,
    "phone": 1.5 / 2,
    "subdistrict": 2.5 / 3,
}


def test_fixl34_held_out_latin_typed_thai_is_read():
    _holds_floors(_scored_alone(SELF_FIXL34), SELF_FIXL34_FLOORS, SELF_FIXL34_VALUES)


# ---------------------------------------------------------------- fixR23b's own held-out set
# 44 phrasings written by the fixR23b helper before any change (Monday 7 December 2026, integ
# 33efbc12): a filed complaint cancelled in English, nothing more at "what more", a change of
# mind to anonymous at the summary (English, Latin-typed), "not yet told anyone", a district
# then the one it split from, no witness Latin-typed or mixed, evidence sent "tonight when I get
# home", a level after ศูนย์ดำรงธรรม, a summary "not right, one item wrong", an English post
# with its village, "I already told you, <district>", witnesses with a role after the name,
# district line offices (ปศุสัตว์/พัฒนาชุมชน/ประมงอำเภอ…), a school's full name, "เดือนพะจิก".
# Before: intents 32/44, agency 0/5, date 0/2, district 1/5, evidence 2/3, identity 2/3,
# official 0/3, reason 1/3, reported 5/6, reported_to 0/3, witnesses 4/8. After: intents 38/44,
# agency 5/5, date 2/2, district 4/5, evidence 3/3, identity 2/3, official 3/3, reason 3/3,
# reported 6/6, reported_to 3/3, witnesses 7/8. Left: "nothing more" read as none/done (testers
# label either), "not yet told anyone" read as none (older rounds label it so), Latin-typed
# "plian jai"/"bo mee pai hen", "Huai Rat" beside "I said it before". Floors: halfway to one
# more miss.
SELF_FIXR23B_FLOORS = {"intents": 37.5 / 44, "danger": 0, "false_alarms": 0}
SELF_FIXR23B_VALUES = {
    "agency": 4.5 / 5,
    "date": 1.5 / 2,
    "district": 3.5 / 5,
    "evidence": 2.5 / 3,
    "identity": 1.5 / 3,
    "official": 2.5 / 3,
    "reason": 2.5 / 3,
    "reported_to": 2.5 / 3,
    "witnesses": 6.5 / 8,
}


def test_fixr23b_held_out_line_offices_schools_witness_roles_and_posts_are_read():
    _holds_floors(_scored_alone(SELF_FIXR23B), SELF_FIXR23B_FLOORS, SELF_FIXR23B_VALUES)


# ---------------------------------------------------------------- fixL35's own held-out set
# 33 Latin-typed phrasings written by the fixL35 helper before changing any code (base integ
# 9dbc09f6): อบต./นายก อบต./ส.อบต. typed by their letters' names ("ok bor tor", "nai ok bor
# tor", "sor or bor tor"), place names that sound as harm ("ban pao": เผา, "khu mueang": ขู่)
# beside six real Latin threats (burn, shoot, harm, a gun), not knowing ("mai ru krub"), a
# change of mind, go-on answers, police stations by their letters ("sor phor"). Before:
# intents 25/33, danger 6/6, 2 false alarms ("ok bor tor ban pao", "moo 5 ban pao"), agency
# 1/4, official 2/4, district 5/5, kind 3/3. After (`romanised` reads the letters' names and
# a place that names its own place word, threat sounds inside a place unheard, not knowing
# and a lettered agency read from the Thai spelling at any question): intents 29/33, danger
# 6/6, 0 false alarms, agency 3/4, official 4/4, district 5/5, kind 3/3. Left: "bor tor" with
# no อ (Isan บ่ต่อ, "won't go on", too), "mai sab" (sab is สภ. to the romaniser), the change of
# mind labelled at no step, and go-on answers as intents (the flow reads them after the
# safety answer: `asks_to_go_on`). Floors: halfway to one more miss.
SELF_FIXL35_FLOORS = {"intents": 28.5 / 33, "danger": 1.0, "false_alarms": 0}
SELF_FIXL35_VALUES = {"agency": 2.5 / 4, "official": 3.5 / 4, "district": 4.5 / 5, "kind": 2.5 / 3}


def test_fixl35_held_out_latin_letter_names_and_places_are_read():
    _holds_floors(_scored_alone(SELF_FIXL35), SELF_FIXL35_FLOORS, SELF_FIXL35_VALUES)


# ---------------------------------------------------------------- fixW36a's own held-out set
# 32 phrasings written by the fixW36a helper before changing any code (base integ 66f5d6fe):
# first messages telling a whole story beside a question-like word ("…อ.หนองกี่ วันที่ 3…",
# "นานแค่ไหนแล้วก็ไม่รู้"), don't-know typed with a slip ("ไม่รุ้", "ม่ายรู้", "ไม่ทาบ") and "as I
# sent" ("ตามที่ส่งไปครับ") at place questions, unsure agencies with มั้ง, evidence promised
# after filing ("พรุ่งนี้จะถ่ายรูปใบเสร็จส่งมาให้นะคะ"), dates beside later answers; look-alikes.
# Before: intents 16/32, 1 false alarm (photos posted to insult, read as danger). After (place
# names holding a question word left out of the question marks, slips of รู้/ทราบ mended,
# "ตามที่…ไป" as already said, evidence promised read as "send later"): intents 24/32, the
# same false alarm. Left: stories at the door read as answers (offered as stories by the flow,
# labelled start). Floors: halfway to one more miss.
SELF_FIXW36A_FLOORS = {"intents": 23.5 / 32, "danger": 0, "false_alarms": 1}


def test_fixw36a_held_out_stories_dont_knows_and_promises_are_read():
    _holds_floors(_scored_alone(SELF_FIXW36A), SELF_FIXW36A_FLOORS)


# ---------------------------------------------------------------- fixW36c's own held-out set
# 17 phrasings written by the fixW36c helper before changing any code (base main 5e117f6a): a
# sum demanded in English ("demanded 2000 baht", "asked us for 5,000 baht", "must pay 300 baht")
# read as the story, stories opening with a question word not known ("นานแค่ไหนแล้วก็ไม่รู้",
# "กี่ปีแล้วก็ไม่รู้", "ทำไมก็ไม่รู้"); look-alikes: budget skimmed, kin given the contract, a fee
# asked about, a road's cost, two how-long questions. Before: intents 12/17, kind 13/13, faq
# 2/2, and only 3 of the 6 English demands read sure enough to fill the kind unasked (0.75; the
# rest 0.6, which the corpus does not score). After (a sum demanded in English is a bribe's
# shape, `lexicon.KIND_SHAPES`; "<question word>(แล้ว)ก็ไม่รู้" asks nothing,
# `lexicon.ASKING_NOTHING_UNKNOWN`): intents 12/17 (the นานแค่ไหน story read as an answer, no
# longer a question, which the flow offers as a story), kind 13/13 and 6 of 6 English demands
# at 0.8. Left: stories at the door labelled start read as answers (as fixW36a's), a fee asked
# about read as an answer. Floors: halfway to one more miss.
SELF_FIXW36C_FLOORS = {"intents": 11.5 / 17, "danger": 0, "false_alarms": 0}
SELF_FIXW36C_VALUES = {"kind": 12.5 / 13, "faq": 1.5 / 2}


def test_fixw36c_held_out_english_demands_and_question_words_not_known_are_read():
    _holds_floors(_scored_alone(SELF_FIXW36C), SELF_FIXW36C_FLOORS, SELF_FIXW36C_VALUES)


# ---------------------------------------------------------------- fixW37a's own held-out set
# 28 phrasings written by the fixW37a helper before changing any code (base main 5e117f6a): a
# two-digit year corrected beside the one denied ("ที่ถูกคือปี 68 ไม่ใช่ 66", "ปีนี้ 69 ไม่ใช่ 68",
# "ไม่ใช่ 67 ค่ะ ปี 68"), the assistant headman in two words ("ผู้ช่วย ผญบ", "ผู้ช่วย ผู้ใหญ่บ้าน
# ไม่ใช่ผู้ใหญ่บ้าน") and a post denied at the official question, an official and an agency in one
# answer at the agency question, a story billed again this year after work done years before,
# "not yet" (or told) with a question at the reported question, Latin-typed answers with English
# after ("mai mee krub, just the facebook post", "went to tell kaset amphoe"); look-alikes.
# Before: intents 26/28, agency 2/3, date 8/12, evidence 0/1, field 2/3, official 2/6, reported
# 2/5. After (a Buddhist-era year's number never read as years ago, "ปีนี้ 69" as that year, a
# number denied or said after "ปี" no summary item, the assistant's two words joined, a denied
# post never kept as the label, clause words no surname, the time after "แต่" in a story of work
# done before, not-yet with a question, the first Latin clause read as Thai): intents 27/28,
# agency 2/3, date 12/12, evidence 1/1, field 3/3, official 6/6, reported 5/5. Left: the agency
# read from "ชื่อนายวิชัย" after อบต. ("…หน่วยงานคือ อบต.หนองกง" is the one named), a story line
# read as "already said". Floors: halfway to one more miss.
SELF_FIXW37A_FLOORS = {"intents": 26.5 / 28, "danger": 0, "false_alarms": 0}
SELF_FIXW37A_VALUES = {
    "agency": 1.5 / 3,
    "date": 11.5 / 12,
    "evidence": 0.5 / 1,
    "field": 2.5 / 3,
    "official": 5.5 / 6,
    "reported": 4.5 / 5,
}


def test_fixw37a_held_out_years_posts_and_answers_beside_questions_are_read():
    _holds_floors(_scored_alone(SELF_FIXW37A), SELF_FIXW37A_FLOORS, SELF_FIXW37A_VALUES)


# ---------------------------------------------------------------- fixR25b's own held-out set
# 31 phrasings written by the fixR25b helper before changing any code (base integ 79568c48):
# Isan nones of anything or anywhere at the evidence and reported questions ("บ่มีจักอย่าง
# เด้อ", "บ่ทันได้แจ้งไผเลยเด้อ"), fillers outside any question ("จ้าาาา เด้อๆ", "อิอิ 😁",
# "🙏🐃🐃", "555555555"), Phanom Rung's festival, "since term 2 opened", harvest last month,
# "since the new fiscal year, October", Latin-typed no witness, Isan edits of the official at
# the summary, favouritism with a public truck or relief bags, a topic-only opener; look-alikes
# (a real greeting and yes, an Isan "reported to the headman", a conflict of interest, harvest
# last year, a named Latin witness). Before: intents 20/31. After (fillers outside a question
# are none; ขึ้นเขาพนมรุ้ง a March-April season; "ปีงบใหม่/ปีงบนี้" the fiscal year under way;
# "โรงเรียน" before a term word skipped): intents 24/31, date 5/7, evidence 2/2, official 2/2,
# reported 4/5. Left: Isan nones of anything/anywhere read as none, not answer (their values
# right; earlier rounds label the same shape none as often: read as answers, a sealed half's
# nones fell, so backed out), the Isan edits at the summary, 1111 called with a time, harvest
# "last month", Latin-typed "bo mee", and favouritism read as conflict (the kind examples
# label handouts to kin conflict; the brief says abuse: a decision for the lead).
# Floors: halfway to one more miss.
SELF_FIXR25B_FLOORS = {"intents": 23.5 / 31, "danger": 0, "false_alarms": 1}
SELF_FIXR25B_VALUES = {
    "date": 4.5 / 7,
    "evidence": 1.5 / 2,
    "official": 1.5 / 2,
    "reported": 3.5 / 5,
}


def test_fixr25b_held_out_isan_nones_fillers_and_festivals_are_read():
    _holds_floors(_scored_alone(SELF_FIXR25B), SELF_FIXR25B_FLOORS, SELF_FIXR25B_VALUES)


# ---------------------------------------------------------------- fixReg's own held-out set
# 33 phrasings written by the fixReg helper before changing any code (base main 91737e7c): a
# wish that an official stop cheating, lest villagers suffer ("ถ้านายกยังไม่หยุดกินงบ หมู่บ้าน
# เราจะไม่มีถนนดีๆ") beside the threats tied to reporting that stay ("ถ้าแจ้งเขาจะทำร้ายเรา"),
# "once reported, …?" at the reported question ("แจ้งแล้วต้องรอนานไหมคะ") beside answers with a
# question after them, an allowance docked as the opener, witnesses in a pasted post ("มีคนเห็น
# ลุงบุญมี ถ่ายคลิปไว้ด้วย"), the bot's own examples typed back in their quotes, an answer with
# a question after it, who sees it. Before: intents 31/33, danger 5/5, 2 false alarms, kind 3/4,
# official 0/2, reported 3/7, witnesses 1/5. After (a harm tied to a condition must be named
# beside it, not be the condition's own "ไม่หยุด"; a telling run straight into a question is no
# "reported"; who saw it in a story ends at the clause after them; a whole answer in quotes read
# without them): intents 33/33, danger 5/5, no false alarm, kind 3/4, official 1/2, reported
# 7/7, witnesses 5/5. Left: "เงินผู้สูงอายุ โดนหักไป 100" read as bribery, the post in
# "ปลัดค่ะ ต้องบอกชื่อจริงไหมคะ" (the flow reads it apart). Floors: halfway to one more miss.
SELF_FIXREG_FLOORS = {"intents": 32.5 / 33, "danger": 4.5 / 5, "false_alarms": 0}
SELF_FIXREG_VALUES = {
    "kind": 2.5 / 4,
    "official": 0.5 / 2,
    "reported": 6.5 / 7,
    "witnesses": 4.5 / 5,
}


def test_fixreg_held_out_wishes_questions_after_reporting_and_posts_are_read():
    _holds_floors(_scored_alone(SELF_FIXREG), SELF_FIXREG_FLOORS, SELF_FIXREG_VALUES)


# ---------------------------------------------------------------- fixW38b's own held-out set
# 25 phrasings written by the fixW38b helper before changing any code (base main 91737e7c),
# of walk38's leftovers: the Khmer-Thai greeting with its final ย left off ("ซัวสเด",
# "ซัวสะเดครับ"), how long a deed has gone on at the when question ("เก็บมา3เดือนแล้ว",
# "เป็นมาสองเดือนแล้วครับ": the last so many months up to today), a call wish typed after the
# name ("สมศรี โทรมาได้ตอนเย็น"), two officials in one answer, and filing for a relative said
# first ("แจ้งแทนพ่อค่ะ พ่อโดนเรียกเงิน": an answer with behalf, as rounds 20 label it; the flow
# begins the filing with it); look-alikes ("3 เดือนที่แล้ว" is a month, a plain full name).
# Before: intents 23/25, date 2/8, name 1/4, behalf 4/4, official 3/3. After (the greeting
# spelled short; "…มา N เดือนแล้ว" a span to today; the name cut before a call wish): intents
# 25/25, date 8/8, name 4/4, behalf 4/4, official 3/3. Floors: halfway to one more miss.
SELF_FIXW38B_FLOORS = {"intents": 24.5 / 25, "danger": 0, "false_alarms": 0}
SELF_FIXW38B_VALUES = {"date": 7.5 / 8, "name": 3.5 / 4, "behalf": 3.5 / 4, "official": 2.5 / 3}


def test_fixw38b_held_out_greeting_durations_names_and_filing_for_are_read():
    _holds_floors(_scored_alone(SELF_FIXW38B), SELF_FIXW38B_FLOORS, SELF_FIXW38B_VALUES)


# ---------------------------------------------------------------- fixR26b's own held-out set
# 31 phrasings written by the fixR26b helper before changing any code (base integ 84a1e14c):
# answers with a question back after them (agency, kind, official), a field named after "ชื่อ"
# ("ขอแก้ชื่ออำเภอ"), names with a title, Latin village posts with their หมู่, a registry clerk
# "at the counter", two witnesses, money of a fund not returned, "how is this different from
# ป.ป.ช./ศูนย์ดำรงธรรม/สตง./the NACC", a withdrawal with no pressure, schools said in Latin with
# their Ban. Before: intents 27/31, agency 4/6, faq 4/8, field 2/5, name 0/2, official 1/6,
# witnesses 0/2. After (an answer then a question: the answer with the question's topic; "ชื่อ"
# before a field is that field's name; a name's title no part of it when scored, as the flow
# keeps it; "moo 7" kept with a Latin village post; a body that takes complaints set beside
# this one: report_elsewhere; a Latin "Ban" kept in a school's name): intents 31/31, agency
# 5/6, faq 8/8, field 5/5, name 2/2, official 3/6, witnesses 0/2. Left: the clerk "ที่ counter
# ทะเบียนราษฎร์" kept raw, "ผู้ใหญ่บ้านหมู่ 3" unspaced, "Ban Phai School, in Nang Rong" raw,
# witnesses joined by "กับ" (earlier rounds label "ลุงทองดี กับ ป้าบุญเรือน": a label
# convention, not changed). Floors: halfway to one more miss.
SELF_FIXR26B_FLOORS = {"intents": 30.5 / 31, "danger": 0, "false_alarms": 0}
SELF_FIXR26B_VALUES = {
    "agency": 4.5 / 6,
    "faq": 7.5 / 8,
    "field": 4.5 / 5,
    "kind": 3.5 / 4,
    "name": 1.5 / 2,
    "official": 2.5 / 6,
    "reason": 1.5 / 2,
}


def test_fixr26b_held_out_answers_with_questions_fields_and_posts_are_read():
    _holds_floors(_scored_alone(SELF_FIXR26B), SELF_FIXR26B_FLOORS, SELF_FIXR26B_VALUES)


# ---------------------------------------------------------------- fixW39a's own held-out set
# 34 phrasings written by the fixW39a helper before changing any code (base integ d228b02f): a
# tone mark typed one letter late ("แจง้ค่ะ", "ใหค้ะ"), a town with a letter held, Latin-typed
# Thai and English stories of money asked or relief cheated, a date alone at the official
# question, the day a post was seen or a message sent beside when it happened, "ที่บอกไปแล้ว"
# after the official, "ไม่ส่งดีกว่า" at the evidence question, a withdrawal asked as a question
# with its reference; look-alikes. Before: intents 28/34, date 3/5, evidence 2/5, kind 8/9,
# official 4/11, reference 2/2. After (a late tone mark moved back when the dictionary says so,
# a date alone never the free-text answer, the time after a day seen, the told-before tail cut,
# rather-not-send a none, a reference makes the asked withdrawal one, a sum charged to the people
# served a bribe, "โกงเงินช่วย…" budget): intents 33/34, date 5/5, evidence 5/5, kind 8/9,
# official 9/11, reference 2/2. Left: the held letter in a district typed alone
# ("ตลาดบุรีรัมย์ยยย"), "tuition with a receipt", an official before a date said as one answer,
# a name tail ("ที่ชื่อสมชาย"). Floors: halfway to one more miss.
SELF_FIXW39A_FLOORS = {"intents": 32.5 / 34, "danger": 0, "false_alarms": 0}
SELF_FIXW39A_VALUES = {
    "date": 4.5 / 5,
    "evidence": 4.5 / 5,
    "kind": 7.5 / 9,
    "official": 8.5 / 11,
    "reference": 1.5 / 2,
}


def test_fixw39a_held_out_typos_dates_seen_and_tails_are_read():
    _holds_floors(_scored_alone(SELF_FIXW39A), SELF_FIXW39A_FLOORS, SELF_FIXW39A_VALUES)


# ---------------------------------------------------------------- fixLatin's own held-out set
# 30 phrasings written by the fixLatin helper before changing any code (base main 38f27cac):
# Latin-typed officials alone or with a word of a deed at the official, kind and agency
# questions, Latin stories, Latin threats typed by ear ("doan", "kraw na", "mai roud"), news seen
# then a threat to the teller, news of elsewhere. Before: intents 24/30, danger 6/10, 0 false
# alarms, official 9/11, kind 4/4. After (threat phrases read whole by ear, the news' feeling
# never past a reason or a threat to the teller): intents 26/30, danger 8/10, 0 false alarms,
# official 9/11, kind 4/4. Left: "tamruat jarajon" read ตำรวจ, "nai ok or bor tor" (the mayor
# with อ spelled "or"), "kraw na ja mar ha", "doan kao tee". Floors: halfway to one more miss.
SELF_FIXLATIN_FLOORS = {"intents": 25.5 / 30, "danger": 7.5 / 10, "false_alarms": 0}
SELF_FIXLATIN_VALUES = {"official": 8.5 / 11, "kind": 3.5 / 4, "date": 0.5, "district": 0.5}


def test_fixlatin_held_out_latin_answers_and_threats_are_read():
    _holds_floors(_scored_alone(SELF_FIXLATIN), SELF_FIXLATIN_FLOORS, SELF_FIXLATIN_VALUES)


# ---------------------------------------------------------------- fixR27a's own held-out set
# 28 phrasings written by the fixR27a helper before changing any code (base integ 3cd2db4d): a
# road or drain "อันตรายมาก" told in the story, frights from the sky or a beast "แทบตาย", a
# threat denied while staying anonymous, violence at a checkpoint told as the kind, a
# withdrawal under pressure, off-topic questions (a shop's hours, a crop's price, an outing in
# Isan and Latin letters, food in English), good news, emoji alone, English banter, threats
# beside a kind answer. Before: intents 14/28, danger 4/4, 6 false alarms. After (a
# public work's hazard and a fright read as harmless, the own withdrawal said first kept over
# the models' danger, shops, prices, outings and joyful news not for the bot, a 👍 at no step
# agrees to nothing, "I could murder …" a figure of speech): intents 23/28, danger 4/4, 3 false
# alarms. Left: checkpoint violence at the kind question, "kill my teacher haha", being teased.
# Floors: halfway to one more miss.
SELF_FIXR27A_FLOORS = {"intents": 22.5 / 28, "danger": 3.5 / 4, "false_alarms": 3}
SELF_FIXR27A_VALUES = {"identity": 1.5 / 2, "reason": 1.5 / 2}


def test_fixr27a_held_out_hazards_frights_and_off_topic_are_not_danger():
    _holds_floors(_scored_alone(SELF_FIXR27A), SELF_FIXR27A_FLOORS, SELF_FIXR27A_VALUES)


# ---------------------------------------------------------------- fixR27b's own held-out set
# 25 phrasings written by the fixR27b helper before changing any code (base integ 3cd2db4d):
# where it was reported said in Latin letters, English or Thai with an English verb ("koey pai
# jaeng soon damrongtham", "I reported it to the police", "เคย complain ที่…"), Isan "ข้อยซื่อ"
# before a name, an official with a clause of their desk or a particle after หมู่ N, nothing
# more at what_more, no evidence in Latin letters, evidence promised with a question. Before:
# intents 16/25, evidence 5/6, name 1/3, official 2/7, reported 4/6, reported_to 1/6. After (a
# body named in English or Latin letters by its Thai name, Latin "koey jaeng" a yes, "ซื่อ" after
# the word for oneself is ชื่อ, "ที่ดูแล/ที่คุม/…" after a post a description, Isan "เจ้า" a
# particle, หมู่ scored with or without a space): intents 16/25, evidence 5/6, name 3/3,
# official 6/7, reported 5/6, reported_to 5/6. Left: "went to the district office" (no telling
# verb), "กำนันที่เพิ่งได้รับเลือกใหม่" (which holder, kept by convention); the intent misses are
# label conventions of earlier rounds this set went against (nothing-more at what_more is
# done/no by phrasing, Latin no-evidence is none, may-I-send-later is a question).
# Floors: halfway to one more miss.
SELF_FIXR27B_FLOORS = {"intents": 15.5 / 25, "danger": 0, "false_alarms": 0}
SELF_FIXR27B_VALUES = {
    "evidence": 4.5 / 6,
    "name": 2.5 / 3,
    "official": 5.5 / 7,
    "reported": 4.5 / 6,
    "reported_to": 4.5 / 6,
}


def test_fixr27b_held_out_reported_to_names_and_officials_are_read():
    _holds_floors(_scored_alone(SELF_FIXR27B), SELF_FIXR27B_FLOORS, SELF_FIXR27B_VALUES)


# ---------------------------------------------------------------- fixW40a's own held-out set
# 26 phrasings written by the fixW40a helper before changing any code (base main 38f27cac): a
# first bubble saying who one is and where one lives, "is this wrong?", what to photograph, an
# English "officer" with its work before it, witnesses whose names are kept out, not knowing the
# office then where the village lies, the month a report was made at the reported question.
# Before: intents 20/26, agency 1/4, date 0/3, district 3/3, faq 0/9, kind 1/1, official 0/3,
# reported 3/3, witnesses 0/3. After (the district a village lies in never its district office,
# not knowing then a place never the whole as the agency, a report's date never the incident's,
# "procurement officer" kept whole, an English "but don't put their names" cut, two new questions
# back: is it wrong, what to photograph): intents 20/26, agency 4/4, date 3/3, district 3/3,
# faq 7/9, kind 1/1, official 3/3, reported 3/3, witnesses 1/3. Left: a first bubble of who one
# is, two evidence questions not read as questions, the Thai names-withheld tail, not knowing
# the office then a place read as an answer (its values right). Floors: halfway to one more miss.
SELF_FIXW40A_FLOORS = {"intents": 19.5 / 26, "danger": 0, "false_alarms": 0}
SELF_FIXW40A_VALUES = {
    "agency": 3.5 / 4,
    "date": 2.5 / 3,
    "district": 2.5 / 3,
    "faq": 6.5 / 9,
    "official": 2.5 / 3,
    "reported": 2.5 / 3,
    "witnesses": 0.5 / 3,
}


def test_fixw40a_held_out_places_report_dates_posts_and_questions_back_are_read():
    _holds_floors(_scored_alone(SELF_FIXW40A), SELF_FIXW40A_FLOORS, SELF_FIXW40A_VALUES)


# ---------------------------------------------------------------- fixW40b's own held-out set
# 22 phrasings written by the fixW40b helper before changing any code (base main 38f27cac), of
# walk40's readings: a deed going on said with its latest time ("หักมาตั้งแต่ต้นปี ล่าสุดตอน
# สิ้นเดือนตุลา", "เป็นมาสี่เดือนแล้ว ล่าสุด 2 ธ.ค.", "since March, the latest was on 20
# November"), an official with the section said after the post ("ครูฝ่ายการเงิน", "จนท.เทศกิจ",
# "หัวหน้าฝ่ายพัสดุ", and as a summary edit), a market of a municipality naming it ("ตลาดเทศบาล
# เมืองนางรอง"); look-alikes (the latest day alone, a span still going on, a teacher with no
# section, a market in front of a school). Before: intents 22/22, agency 0/2, date 3/11, field
# 2/2, official 2/9. After (the span runs to its latest time; a section after ครู, หัวหน้า or a
# vague post, and เทศกิจ/พัสดุ/โยธา/ธุรการ alone, is part of the post; "ตลาด" glues a municipality
# to what comes before): intents 22/22, agency 2/2, date 11/11, field 2/2, official 9/9.
# Floors: halfway to one more miss.
SELF_FIXW40B_FLOORS = {"intents": 21.5 / 22, "danger": 0, "false_alarms": 0}
SELF_FIXW40B_VALUES = {"agency": 1.5 / 2, "date": 10.5 / 11, "field": 1.5 / 2, "official": 8.5 / 9}


def test_fixw40b_held_out_latest_times_sections_and_markets_are_read():
    _holds_floors(_scored_alone(SELF_FIXW40B), SELF_FIXW40B_FLOORS, SELF_FIXW40B_VALUES)
