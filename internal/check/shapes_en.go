package check

import (
	"regexp"
)

// Rudeness by sentence shape, English (enShapes*, enStrong*, enPraise):
// the English counterpart of shapes_zh.go, tried the same way (shape.go).
//
//   - a question at the reader with "even" (what is your team even doing),
//     "Do you actually test …?", "Did anyone on your side actually watch
//     this …?", "is anybody … paying attention";
//   - "Don't bother …", "or don't bother (coming)" closing an order, "bother
//     me with";
//   - "…, not this.", "…, not another excuse", "not another excuse";
//   - "the last time I'm explaining", "Do I really need to … again?", how
//     many ways to say it;
//   - "If you had …, we wouldn't …", "Nice of X to finally …", "Get it
//     right this time", a "mess" pinned on someone, a bare "Fantastic work."
//     after a failure (enPraise);
//   - "when you've found the time to read", "you guys are impossible", "try
//     doing your job", "what your team does all day", "Seriously?" as a
//     sentence before a failure;
//   - repetition thrown at the reader: "As previously mentioned (twice)",
//     "as I've now said three times" (a count, not "as mentioned in the
//     kickoff"), "For the third time:";
//   - a rebuke wrapped in a request, which its please does not excuse:
//     "Please check before asking again", "for once" said to the reader
//     ("Maybe someone over there could pick up the phone for once?"), "No
//     rush, it's only been a month";
//   - mock accommodation of a delay: "Or maybe next year", "any decade now";
//   - doubting a basic skill: "Can your PM not read a calendar?";
//   - the reader's stock phrase thrown back: "'ASAP' is not a plan", "Send
//     me a date, not adjectives", "I want a refund, not another copy-paste
//     reply";
//   - sarcasm after a failure: "Happy now?";
//   - an order shouted in capitals that says the reader keeps doing it
//     ("STOP CHANGING THE PINOUT WITHOUT TELLING US"), and "Stop changing …
//     without telling us" in lower case; "stop telling me it's fine"; "Stop
//     emailing me at midnight" (not "stop emailing the old address");
//   - an ultimatum that names an authority or a lawyer: "Fix it this week
//     or I'm going to the housing bureau", "… or we will report you to the
//     regulator" (not "or we will pull the SKU");
//   - whether anyone there does their job at all: "Does anyone at your front
//     desk actually answer the phone?", "Let me know when someone over there
//     decides to care" (not "Does anyone on your team have the new key?"),
//     "I assume somebody there is paid to answer the phone?" (not "I assume
//     someone there is able to …");
//   - "I've stopped expecting your reports to …" (not "stopped expecting
//     rain"); "Shame none of it answers the question I asked" after thanks;
//   - "Read the template before you send it back" (not "before you start");
//     "if reading it is the problem"; work that "looks like student work";
//     "why we keep paying for …".
//
// The strong ones (enStrong*) run even with a softener in the sentence:
// sarcastic thanks (Thanks a lot for breaking the build), contempt (you
// people), "Please actually read them this time." (not "This time we read
// it"), "We would be grateful if this time the correct version could be
// sent" (not "if this time the shipment could go by air").

var (
	enShapes4 = []shape{
		ens(`\b(what|who|why|how|did|do|does|is|are|was|were|has|have)\b[^?.!]{0,40}\b(you|your|yours|anyone|anybody)\b[^?.!]{0,30}\beven\b[^?]*\?`+
			`|\b(are|is|was|were) (you|your team|anyone|anybody)\b[^?.!]{0,10}\bactually\b[^?]*\?`+
			`|\b(what|who|why|how|did|do|does)\b[^?.!]{0,30}\beven\b[^?.!]{0,30}\b(you|your)\b[^?]*\?`, "even", "actually"),
		ens(`^\s*(just\s+)?don't (even )?bother\b`, "don't"),
		ens(`, not this[.!]?\s*$`, "not this"),
		ens(`\b(the )?last time i('m| am)? (explain|say|tell|ask|remind|repeat)`, "last time"),
		ens(`^\s*do i (really )?(need|have) to [^?]*\b(again|myself|every time)\b[^?]*\?`, "do i"),
		ens(`^\s*if you('d| had) [^,.]{1,40}, (we|this|i|it) (wouldn't|would not)`, "if you"),
		ens(`\bdeal with the fallout\b|\bnot my problem\b|\byour problem now\b`, "fallout", "not my problem", "your problem"),
		ens(`\bnice of [a-z' ]{1,25} to finally\b`, "nice of"),
		ens(`^\s*(get|do|make) [^.?!]{1,30} right this time`, "right this time"),
		ens(`^\s*why (am|do|must|should) i (the one|always|still|have to|need to|keep)`, "why"),
		ens(`\bspell (it|this|everything) out\b`, "spell"),
		ens(`\b(don't|do not) want (any )?(excuses|to hear)`, "want"),
		ens(`\bdo you (realise|realize|understand|know|even know) how (bad|much|embarrassing|stupid|serious|late)`, "do you"),
		ens(`\bbefore you blame\b`, "blame"),
		ens(`\b(anyone|someone|anybody|somebody) competent\b|\banyone who (actually )?knows what`, "competent", "knows what"),
		ens(`^\s*why (does|do|is|are|must) (everything|every [a-z]+|nothing)\b[^?]{0,40}\b(your|you)\b|^\s*why (do|does|are|is) (you|your [a-z]+) (always|never)\b`, "why"),
		ens(`^\s*(slowly|carefully|properly|this time)[.!]\s*$`, "slowly", "carefully", "properly", "this time"),
		ens(`\bnot (going|gonna) to (ask|say|tell|explain|remind)( you| this| it)* (again|a (second|third|fourth|fifth|sixth) time)`, "going", "gonna"),
		ens(`\bapparently\b[^.!?]{0,50}\b(was|is|are|were) (optional|too much to ask|a suggestion)`, "apparently"),
		ens(`\b(was|were|is) (anyone|anybody|someone|somebody) (ever )?(planning|going) to (tell|let|inform)`, "planning", "going"),
		ens(`\bi (don't|do not) care (how|what|who|why|whose)\b`, "care"),
		ens(`\bhow many more (reminders|times|emails|calls|meetings|chances|warnings) (do|does|will|must|should)\b`, "how many more"),
		ens(`\b(you|your [a-z]+) (had|has|have) one job\b`, "one job"),
		ens(`\b(shocked|appalled|stunned|disgusted|amazed) (at|by) how (careless|sloppy|bad|poor|slow|lazy|unprofessional|little)`, "shocked", "appalled", "stunned", "disgusted", "amazed"),
		ens(`\b(we're|we are) paying (you|your [a-z]+) for (this|that)\b`, "paying"),
		ens(`^\s*(how|why) (is|are|was) [a-z ]{1,30} still not [a-z]+ (after|for) (two|three|four|five|six|several|many|[0-9]+) (days|weeks|months)\b`, "still not"),
		ens(`\bwhat('s| is) so (hard|difficult|complicated|confusing) about\b`, "so hard", "so difficult", "so complicated", "so confusing"),
		ens(`,\s*(and )?slowly[.!]?\s*$`, "slowly"),
		ens(`\byour [a-z ]{1,30} (is|are|was) (a disaster|a joke|a mess|a shambles|pathetic|hopeless)`, "disaster", "joke", "mess", "shambles", "pathetic", "hopeless"),
		ens(`^\s*must be nice to\b`, "must be nice"),
		ens(`\byou('ve| have)? wasted [^.?!]{0,25}\b(time|week|day|month|hours|morning|afternoon)\b`, "wasted"),
		ens(`^\s*try (doing|reading|checking|looking)[^.?!]{0,40} before (asking|you ask|emailing|complaining)`, "before"),
		ens(`\b(who|what|why)\b[^?.!]{0,40}\b(this|that) (mess|fiasco|shambles|circus|disaster)\b[^?]*\?`, "mess", "fiasco", "shambles", "circus", "disaster"),
	}
	enPraise = regexp.MustCompile(`(?i)^\s*(fantastic|brilliant|great|excellent|amazing|stellar|superb|awesome|outstanding|wonderful) (work|job)\b[^a-z]*$`)
	// enStrong are the English shapes no softener excuses: sarcastic thanks
	// (Thanks a lot for breaking the build) and contempt (you people).
	enStrong = regexp.MustCompile(`(?i)\bthanks?( you)?( (a lot|so much|very much))? for (breaking|losing|ruining|wasting|missing|deleting|ignoring|nothing)\b|\byou people\b|\btell me (this|that|it)('s| is) (a joke|not (true|real|serious))|\bstop bothering me\b|\bthanks?[^.!?]{0,40}, i guess\b|^\s*(why|how|what|who) (on earth|the hell|in the world)\b|\bhow could (you|your team|anyone) (not|possibly|let|forget|miss|ignore|lose|break|approve|ship|skip)\b`)
)

var (
	enShapes5 = []shape{
		ens(`\bhow many (more )?(ways|times) ((can|do|must|should|will) i|i (can|have to|need to|must|should)) (have to |need to )?(say|explain|tell|ask|repeat|write)\b`, "how many"),
		ens(`\bwhen you('ve| have) (finally )?found (the )?time to\b`, "time to"),
		ens(`\b(is|are) (anyone|anybody|someone|somebody|you|your team)( over there| on your (side|team|end)| there| at your end)? (even )?(paying attention|awake|listening|alive)\b[^.!]*\?`, "paying attention", "awake", "listening", "alive"),
		ens(`\b(before you|stop|don't|do not|quit) bother(ing)? me\b`, "bother"),
		ens(`\b(do|did|does) (you|your team|your people|anyone|anybody|they|you guys)\b[^?.!]{0,30}\b(actually|even|bother to) (test|read|check|open|look|review|click|listen|think|try|run|proofread)\b[^?]*\?`, "actually", "even", "bother to"),
		ens(`\b(you|you guys|your team|your people|your company|your department|your office) (are|is) (impossible|a nightmare|a pain|exhausting|hopeless|useless) (to work with|to deal with|to reach)`, "impossible", "nightmare", "a pain", "exhausting", "hopeless", "useless"),
		ens(`\bnot (another|more|any more|yet another) (excuse|excuses|apology|apologies|story|stories|explanation|explanations)\b`, "not another", "not more", "not any more", "not yet another"),
		ens(`\btry (doing|reading|checking|using) (your|the) (job|brain|eyes|inbox)\b`, "try doing", "try reading", "try checking", "try using"),
		ens(`^\s*any ?time today would be (great|nice|lovely|good)|^\s*take your time[,.]? (it's|it is) (only|not like)`, "today would be", "take your time"),
		ens(`\b(i'm|i am) (losing|running out of) patience|\bmy patience is (wearing|running) (thin|out)`, "patience"),
		ens(`\bi('m| am) not your (secretary|babysitter|assistant|mother|mum|mom|nanny|servant)\b`, "not your"),
		ens(`^\s*(learn to read|use your (brain|head|eyes|common sense)|do better|grow up)\b`, "learn to read", "use your", "do better", "grow up"),
		ens(`\bare you new here\?|\bglad (you|your team) could finally\b|^\s*(what a surprise|surprise,? surprise|colou?r me (shocked|surprised))\b`, "new here", "could finally", "what a surprise", "surprise", "color me", "colour me"),
		ens(`\byour (team|people|support|support desk|department|company|staff|service|engineers|developers|office|side) (is|are|has been|have been) (so |really |incredibly |utterly |completely |totally |absolutely )?(slow|sloppy|lazy|unhelpful|incompetent|clueless|unprofessional|rude|careless|hopeless|useless|terrible|awful|pathetic|disorganised|disorganized)\b`, "slow", "sloppy", "lazy", "unhelpful", "incompetent", "clueless", "unprofessional", "rude", "careless", "hopeless", "useless", "terrible", "awful", "pathetic", "disorganised", "disorganized"),
		ens(`^\s*(why|how|what|who) (on earth|the hell|in the world|in god's name)\b|\bwho in (their|his|her) right mind\b|\bhow could (you|your team|anyone) (not|possibly|let|forget|miss|ignore|lose|break|approve|ship|skip)\b`, "on earth", "the hell", "in the world", "god's name", "right mind", "how could"),
		ens(`\b(all|entirely|completely) (your|your team's) fault\b|\bthis is on you\b|\bblame (yourself|yourselves|your team)\b`, "fault", "on you", "blame"),
		ens(`\b(are we|we're|we are) paying (you|your [a-z]+) (by|per) the (excuse|excuses|mistake|delay|apology|bug)\b|\b(are we|we're|we are) paying (you|your [a-z]+) (for|to) (nothing|sit|this|that)\b`, "paying"),
		ens(`\b(seen|had) better (work|code|writing|reports?|drafts?|slides) from\b`, "better"),
		ens(`^\s*only (a |one |two |three |four |five |six |[0-9]+ )?(days?|weeks?|hours?|months?) (late|overdue|behind)[.!]`, "only"),
		ens(`\b(starting|beginning) to wonder (if|whether) (anyone|anybody|you|your|someone)`, "wonder"),
		ens(`\b(at this point|honestly|frankly|quite frankly),? i'?d rather do it myself\b|\bfaster (if i|to) (just )?do it myself\b`, "myself"),
		ens(`^\s*spare me\b`, "spare me"),
		ens(`^\s*(must|do|should|shall) i (remind|tell|ask|chase|email|ping) you\b[^?]*\bagain\b`, "must i", "do i", "should i", "shall i"),
		ens(`\bnobody (cares|wants to hear) about your\b|\b(i|we) (don't|do not) care about your\b`, "cares", "wants to hear", "care about"),
		ens(`^\s*(oh |ah |well,? )?(good|great|wonderful|perfect|lovely|fantastic|brilliant),? (another|yet another)\b`, "another"),
		ens(`\bif (it's|it is|this is|that's) too (hard|difficult|much|complicated) for (you|your)`, "too hard", "too difficult", "too much", "too complicated"),
		ens(`\bdid (you|your team) (skip|miss|ignore|forget) the (part|bit|section|line|page|paragraph)\b`, "skip", "miss", "ignore", "forget"),
		ens(`^\s*(try to )?keep up[.!]`, "keep up"),
		ens(`\b(don't|do not|not going to|can't|cannot|won't) (have time to |keep |be )?(hold(ing)? your hand|babysit(ting)? (you|your))`, "hold", "babysit"),
		ens(`\b(not interested in|don't want to hear|do not want to hear) (your|their|any more|any|the) (reasons|excuses|explanations|stories)\b`, "not interested", "want to hear"),
		ens(`\bwhat('s| is) (even )?the point of (having )?(you|your|a|an|the) ?[a-z ]{0,20}(team|department|manager|support|qa|it|people|staff)\b|\bwhy do we (even )?(have|pay) (a|an|your|the) [a-z ]{0,20}(team|department)\b`, "the point of", "why do we"),
		ens(`\b(tired|sick|weary) of (repeating|explaining|chasing|reminding|asking|telling)\b`, "tired of", "sick of", "weary of"),
		ens(`\bread (the|my|our) [a-z]+ before you\b`, "before you"),
		ens(`\bwhy (is|are) (it|this|that|they|you|your [a-z]+) (still )?taking (so long|this long|weeks|days|months|(a|one|two|three|four|five|six|several|[0-9]+) (days?|weeks?|months?|hours?))\b`, "taking"),
		ens(`\bforg(otten|ot) (that )?(we|i|our company|our team) exist\b`, "exist"),
		ens(`^\s*stop telling me\b`, "stop telling"),
		ens(`\b(don't|do not|can't|cannot) (understand|believe|see) how (this|it|that) (keeps|is still|still|can keep) (happening|broken|wrong|failing)`, "keeps", "is still", "still", "can keep"),
		ens(`\b(don't know|wonder|no idea|not sure) what (you|your [a-z]+|they) (do|does|did|are doing) all day\b`, "all day"),
	}
)

var (
	enShapes9 = []shape{
		ens(`^\s*(and |so )?for the (third|fourth|fifth|sixth|tenth|nth|last) time\s*[:,—-]\s*(the|it|i|you|your|this|that|please|here|again)\b`, "for the"),
		// mock accommodation of a delay
		ens(`^\s*(or|maybe|perhaps|or maybe|or perhaps)( just)? (next|this) (decade|century|millennium|lifetime)\s*[?.!]?\s*$|^\s*(or|maybe|perhaps|or maybe|or perhaps)( just)? next (year|month|decade|century)\b[^.?!]*\b(whatever works|works for you|suits you|no rush|no pressure|who knows|why not|if you feel like it|if that's not too)|\bsome ?time this (decade|century|millennium|lifetime)\b|^\s*any (year|decade|century) now\b`, "next year", "next month", "next decade", "this decade", "next century", "this century", "next millennium", "this millennium", "next lifetime", "this lifetime", "any year", "any decade", "any century"),
		// basic skills doubted: "Can your PM not read a calendar?"
		ens(`\b(you|your [a-z]+|anyone|anybody|nobody|no one|someone)\b[^.?!]{0,25}(\bnot\b|n't\b|\bnever\b)[^.?!]{0,10}\b(read|own|use|heard of|look at) a (calendar|clock|watch|calculator|dictionary|spell ?checker)\b|n't (you|your [a-z]+|anyone|anybody|someone|they)\b[^.?!]{0,20}\b(read|own|use|heard of|look at) a (calendar|clock|watch|calculator|dictionary|spell ?checker)\b|\b(nobody|no one) [^.?!]{0,20}\b(owns?|reads?|has heard of) a (calendar|clock|watch|calculator|dictionary)\b`, "calendar", "clock", "watch", "calculator", "dictionary", "spell"),
		// a demand that scorns what the reader sends: "Send me a date, not adjectives."
		ens(`\b(send|give|get|show|tell) (me|us) [^,.;?!]{1,30}, not (adjectives|excuses|promises|apologies|stories|buzzwords|platitudes|slogans|emojis|more [a-z]+|another [a-z -]{0,20}(reply|replies|response|email|apology|excuse|promise|template|update|answer))\b`+
			`|\b(i|we) (want|need|expect|asked for) [^,.;?!]{1,30}, not (adjectives|excuses|promises|apologies|stories|buzzwords|platitudes|another [a-z -]{0,20}(reply|replies|response|email|apology|excuse|promise|template|update|answer))\b`, "not"),
		// basic skills doubted, asked of a group: "does anyone on second shift know how to read a work order?"
		ens(`\b(does|do|can|is there) (anyone|anybody|someone|nobody|no one|you|your [a-z]+)\b[^.?!]{0,30}\bknow how to (read|use|open|fill in|count) (a|an|the) (work order|calendar|clock|email|ticket|label|form|drawing|spreadsheet)\b|\b(can|does|do|is there) (anyone|anybody|someone|nobody|no one)\b[^.?!]{0,30}\b(even |actually )?(read|count|spell) (a|an) (work order|calendar|clock|label|drawing|map)\b[^?]*\?`, "know how to", "read a", "read an", "count a", "spell a"),
		// contempt by comparison: "about as helpful as a brick wall"
		ens(`\bas (helpful|useful|responsive|reliable|fast|quick|clear|organised|organized) as (a|an) [a-z ]{0,20}(wall|teapot|rock|brick|door|snail|sloth|potato|fence ?post|goldfish)\b`, "as helpful", "as useful", "as responsive", "as reliable", "as fast", "as quick", "as clear", "as organised", "as organized"),
		// is anyone alive there: "Is there a human anywhere in your company?"
		ens(`\bis there (a|any) (human|living soul|real person|actual person|single person)( being)? (anywhere|at all|left)\b`, "is there"),
		// a tally of unanswered efforts: "Three emails, two chats, zero answers."
		ens(`^\s*(one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+) (emails|calls|messages|tickets|reminders|chats)\b[^.?!]{0,40}\b(zero|no|not one|not a single) (answers?|repl(y|ies)|responses?)\b`, "emails", "calls", "messages", "tickets", "reminders", "chats"),
		// praise next to a quoted promise that failed: "Oh brilliant, the "express" shipping took eleven days."
		ens(`^\s*(oh |ah |well,? )?(brilliant|great|wonderful|fantastic|lovely|perfect|marvell?ous|superb),? (the |your |our )?["“'‘][^"”’']{1,20}["”'’][^.?!]{0,40}\b(took|still|again|broke|late|arrived|failed|crashed|lasted)\b`, "brilliant", "great", "wonderful", "fantastic", "lovely", "perfect", "marvellous", "marvelous", "superb"),
		// repetition: "I have now explained the retainer terms four times", "I will not be explaining them a fifth"
		ens(`\bi('ve| have) (now|already) (explained|said|told you|mentioned|repeated)\b[^.?!]{0,40}\b(three|four|five|six|several|many|[0-9]+) times\b|\b(will not|won't) be (explaining|repeating|saying|asking|sending)\b[^.?!]{0,20}\b(again|a (second|third|fourth|fifth|sixth))\b`, "i've", "i have", "will not", "won't"),
		// a duty treated as decoration: "your quality department seems to treat the control plan as decoration"
		ens(`\b(you|your [a-z]+( [a-z]+)?)\b[^.?!]{0,30}\btreat(s|ing)? (the |our |your |this |a |an )?[a-z -]{1,25} (as|like) (a |an )?(decoration|afterthought|suggestion|optional|formality|joke|wallpaper|wish ?list|paperwork)\b`, "treat"),
		// sarcasm after a failure: "Happy now?"
		ens(`^\s*(are you |so,? |well,? )?happy now\?\s*$`, "happy now"),
		// an order that says the reader keeps doing it, in lower case
		ens(`^\s*stop [a-z]+ing\b[^.?!]{0,60}\bwithout (telling|asking|checking|informing|consulting|notifying|warning|testing|talking to)\b`, "stop"),
		// …and shouted: "STOP CHANGING THE PINOUT WITHOUT TELLING US" (case matters: "Stop using the old template" is round 3's business)
		{cues: []string{"stop", "quit"}, re: regexp.MustCompile(`^\s*(PLEASE\s+|JUST\s+)?(STOP|QUIT)\s+[A-Z]{2,}ING\b`)},
	}
	enStrong9 = []shape{
		// the reader's stock phrase thrown back (strong: a softener inside the quote is theirs, 'kindly do the needful'): "'ASAP' is not a plan"
		ens(`['"‘“][^'"‘’“”]{1,40}['"’”],? (is|isn't|is not|was not|wasn't) (not )?(a|an) (plan|date|deadline|answer|timeline|commitment|solution|fix|schedule|strategy|update|root cause|eta|response)\b`, "plan", "date", "deadline", "answer", "timeline", "commitment", "solution", "fix", "schedule", "strategy", "update", "root cause", "eta", "response"),
		// repetition with a count: "As previously mentioned (twice)", "as I've now said three times"
		ens(`\bas (i('ve| have)? |we('ve| have)? )?(now |previously |already |repeatedly )?(mentioned|said|stated|explained|noted|pointed out|written|flagged|highlighted|told you)[^.?!;:]{0,20}?\(?(twice|three times|four times|five times|several times|multiple times|many times|more than once|repeatedly|[0-9]+ times)\)?`, "mentioned", "said", "stated", "explained", "noted", "pointed out", "written", "flagged", "highlighted", "told you"),
		ens(`^\s*(please |kindly |just )*(check|read|look|scroll|search|review|look at|go through|open)\b[^.?!]{0,40}\bbefore (asking|emailing|messaging|pinging|calling|writing|replying|chasing|bothering)( me| us)? again\b`, "again"),
		ens(`\b(maybe|perhaps)\s+(try\s+(to\s+)?)?(pick|answer|reply|respond|read|check|call|return|show|turn)\b[^.?!]{0,40}\b(for once|once in a while|for a change)\b|\b(you|your [a-z]+|someone|somebody|anyone|anybody|they|the [a-z]+ team)( [a-z]+){0,3}? (could|can|would|will|might|should|try to|manage to)\b[^.?!]{0,40}\bfor once\b|\b(could|can|would|will|might|should)( [a-z]+)? (you|your [a-z]+|someone|somebody|anyone|anybody|they)\b[^.?!]{0,40}\bfor once\b`, "for once", "once in a while", "for a change"),
		ens(`\bno rush,? (it's|it has|it is|we've|we have)( only| just)? been\b`, "no rush"),
	}
)

var (
	enShapes10 = []shape{
		ens(`\b(does|do|did|is|has|can) (anyone|anybody|someone|somebody|a single person)( [a-z]+){0,2} (at|on|in|from|over) (your|that|the) [a-z -]{1,25}? (actually|even|ever|bother to|bothers to|ever bother to) (answer|read|reply|respond|look|check|test|listen|care|work|pick up|call|show up|open)\b`, "actually", "even", "ever", "bother to"),
		ens(`\bwhen (someone|somebody|anyone|anybody|one of you)( [a-z]+){0,3} (decides|bothers|deigns|feels like|gets around) to (care|reply|answer|respond|look|call|show up|do (their|your) job|read)\b`, "decides to", "bothers to", "deigns to", "feels like", "gets around"),
		ens(`\bor (else )?(i'm|i am|i'll|i will|we're|we are|we'll|we will) (be )?(going to |gonna )?(go(ing)? (straight )?to|report(ing)? (you|this|it|your [a-z]+)( to)?|complain(ing)? to|escalat(e|ing) (this |it )?to|tak(e|ing) (this|it) to|call(ing)?|contact(ing)?|writ(e|ing) to|fil(e|ing) a complaint with|su(e|ing))\b[^.?!]{0,30}\b(bureau|council|authority|authorities|regulator|ombudsman|lawyer|lawyers|solicitor|attorney|court|police|press|media|newspaper|consumer [a-z]+|commission|tribunal|trading standards|bbb|small claims|you)\b`, "or i'm", "or i am", "or i'll", "or i will", "or we're", "or we are", "or we'll", "or we will", "or else"),
	}
)

var (
	enShapes11 = []shape{
		ens(`\bor (else )?(just )?don'?t (even )?bother (coming|presenting|showing|sending|calling|replying|turning up|applying|asking|submitting|trying|attending|joining)\b`, "bother"),
		ens(`\b(i've|i have|we've|we have|i|we) (stopped|given up|quit) (expecting|hoping for|waiting for) (your|you|anything from you|the [a-z]+ from you)\b`, "stopped", "given up", "quit"),
		ens(`^\s*(oh,? )?(a |what a |such a )?(shame|pity),? (that )?none of (it|this|that|them|these) (actually )?(answers|addresses|responds to|covers|tells me|touches)\b[^.?!]{0,40}\b(question|asked|point|issue|raised)\b`, "shame", "pity"),
	}
	enStrong11 = []shape{
		ens(`^\s*(please |kindly |just |and )*actually (read|check|test|look at|open|follow|answer|listen to|review|try)\b[^.?!]{0,30}\bthis time\b`, "this time"),
	}
)

var (
	enShapes12 = []shape{
		ens(`, not (another|more|any more|yet another) (excuse|excuses|story|stories|runaround)\b`, "not another", "not more", "not any more", "not yet"),
		ens(`\bstop (telling|saying|insisting to|assuring) (me|us)\b[^.?!]{0,20}\b(it's|it is|everything's|everything is|all is|we're|we are) (fine|ok|okay|good|under control|sorted|handled|normal)\b`, "stop telling", "stop saying", "stop insisting", "stop assuring"),
		ens(`^\s*(read|check|look at|open) (the|my|our) [a-z-]+( [a-z-]+)? before (you|your team) (send|submit|resubmit|reply|email|upload|deliver)\b[^.?!]{0,10}\b(back|again|anything|it|this)\b`, "before you", "before your"),
		ens(`\bif (reading|reading it|reading the [a-z]+|understanding it|listening|counting|spelling) (is|was) (the|a|your) (problem|issue|hard part)\b`, "is the", "was the", "is a", "is your"),
		ens(`\b(looks|reads|sounds|look|read) like (student|intern|amateur|high-school|high school|kindergarten|first-year|beginner) (work|homework|stuff|level)\b`, "student", "intern", "amateur", "high-school", "high school", "kindergarten", "first-year", "beginner"),
		// round 22: the reader's incompetence named, tired of babysitting
		// the reader, the reader's work called amateur
		ens(`\byour( [a-z]+'s?| [a-z]+s')? (incompetence|negligence|sloppiness|laziness|carelessness|stupidity|ineptitude)\b`, "incompetence", "negligence", "sloppiness", "laziness", "carelessness", "stupidity", "ineptitude"),
		ens(`\b(i'm|i’m|i am|we're|we’re|we are) (so |really )?(sick|tired|sick and tired|fed up) (of|with) (babysitting|chasing|hand-holding|handholding|spoon-feeding|cleaning up after|nagging) (you|your)\b`, "babysitting", "chasing", "hand-holding", "handholding", "spoon-feeding", "cleaning up", "nagging"),
		ens(`\bdon('|’)?t waste (my|our) time\b`, "waste"),
		ens(`^\s*(honestly|frankly|quite frankly|seriously),? (this|that|it)( is|'s|’s) (unacceptable|ridiculous|absurd|a joke|a disgrace|a farce)\b`, "honestly", "frankly", "seriously"),
		ens(`\b(this|that|it)( is| was|'s|’s) (amateur|amateurish|shoddy|sloppy|slapdash|half-baked) (work|stuff|engineering|design|workmanship|job)\b`, "amateur", "amateurish", "shoddy", "sloppy", "slapdash", "half-baked"),
		ens(`\bwhy (we|i) (keep|still|even) (paying|pay) (for|you)\b`, "keep paying", "still paying", "even paying", "still pay", "even pay"),
		ens(`\b(does|do|did) (anyone|anybody|someone|somebody|a single person)( [a-z]+){0,2} (at|on|in|from|over) (your|that) [a-z -]{1,25}? (actually|even|ever) (watch|review|proofread|play|run|try|open|see|look at|read through|test)\b[^?]*\?`, "actually", "even", "ever"),
	}
)

var (
	enShapes13 = []shape{
		ens(`\bi (assume|take it|presume|suppose|trust) (somebody|someone|anyone|anybody) (there|at your [a-z]+|on your [a-z]+|over there)( [a-z]+){0,2} (is|are|gets|get) paid to\b`, "paid to"),
		ens(`^\s*stop (emailing|messaging|calling|texting|pinging|phoning|chasing) (me|us)\b`, "stop"),
	}
	enStrong13 = []shape{
		ens(`\bif (this time|for once) (the|a|you|your|we)( [a-z]+){0,2}? (correct|right|proper|requested|actual|signed|original|complete) `, "this time", "for once"),
	}
)

// Round 15 (the thirty-third to thirty-sixth sets, by class): a person who
// did not bother ("Whoever set up the schedule clearly didn't bother to
// check"), "stop wasting our time", "this is exactly why we stopped … your
// …", contempt for a group ("Nobody on this thread seems to know what
// they're doing", which the praise after it, "Great job, everyone.",
// joins as one outburst) and, strong (a "thanks" near does not temper them), "Perhaps this time someone
// could actually print it" and "they always are, just never on the date you
// give us".
var (
	enShapes15 = []shape{
		ens(`^\s*(please |just |so |now )?stop wasting (my|our|everyone's|everybody's|the team's|people's) time\b|\byou('re| are) wasting (my|our|everyone's) time\b`, "wasting"),
		ens(`\bthis is (exactly|precisely) why (we|i)( [a-z]+)? (stopped|no longer|quit|don't|won't|never)\b[^.?!]{0,40}\byour\b`, "exactly why", "precisely why"),
		ens(`\b(nobody|no one) (on|in|at|from) (this|the|your) [a-z -]{1,20}? (seems to |appears to )?(know|knows|have|has) (what|a clue|any idea)\b`, "nobody", "no one"),
	}
	enStrong15 = []shape{
		ens(`\b(whoever|someone|somebody|you|your [a-z]+|they|the [a-z]+ team)\b[^.?!;]{0,60}\b(clearly|obviously|evidently|apparently) (didn't|did not|never|couldn't|could not) (bother|be bothered|care) to\b`, "bother", "bothered", "care"),
		ens(`\b(perhaps|maybe) (this time |for once )?(someone|somebody|anyone|you|your [a-z]+|the [a-z]+ team) (could|can|might|would|will) actually\b`, "actually"),
		ens(`\b[a-z]+ always (are|is|do|does|come|comes|arrive|arrives|ship|ships|get there|turn up|turns up)\b[^.?!]{0,10}\bjust never (on the date|on time|on schedule|when (you|they|he|she) (say|says|said|promise|promised))`, "never"),
	}
)

// untemperedEn15 reports whether the English sentence holds one of round
// 15's strong shapes, which a "Thanks" right after does not temper
// ("Perhaps this time someone could actually print it. Thanks,").
func untemperedEn15(sent string) bool {
	for i := range enStrong15 {
		if enStrong15[i].re.MatchString(sent) {
			return true
		}
	}
	return false
}

// Round 16 (the thirty-seventh and thirty-eighth sets, by class): resigned
// sarcasm at the reader's failures ("I guess we should just plan around
// your delays from now on"; not "I guess we'll just wait for your
// confirmation"), someone's sacking called for ("whoever booked this
// restaurant should be fired"; not "whoever is on call should be informed"),
// and the reader's team said to ignore what it was given ("your team does
// not seem to read our Process Book at all"; not "your team does not need to
// read the appendix").
var enShapes16 = []shape{
	ens(`\bi guess (we|i)('ll| will| should| have to| had better| must)? just [^.?!]{0,40}\byour (delays|mistakes|errors|excuses|lateness|incompetence|broken promises|missed deadlines)\b`, "guess"),
	ens(`\b(whoever|the (person|people|guy|one) who)\b[^.?!]{1,50}\bshould (be (fired|sacked|ashamed)|lose (their|his|her) job)\b`, "fired", "sacked", "ashamed", "lose"),
	ens(`\b(your|you) ([a-z]+ )?(team|people|staff|guys|engineers|operators|department)? ?(does not|doesn't|do not|don't) (seem to|appear to|even|ever) (read|check|listen to|care about|look at|open)\b`, "seem", "appear", "even", "ever"),
}

// Round 17 (the thirty-ninth to forty-second sets, by class): contempt for the reader's competence opening a sentence ("Frankly, your site team does not
// know how to change a filter"; not "If your team does not know how to …"),
// someone of the reader's barred from their own trade ("whoever is running
// your kitchen should not be allowed near a stove"; not "Visitors should not
// be allowed near the blast zone"), wondering what the reader does all night
// ("I don't understand what your control centre is doing all night"), and
// asking whether they are asleep ("Are they asleep?"; not "Are the kids
// asleep?").
var enShapes17 = []shape{
	ens(`(^|[.!?]\s*|^\s*(frankly|honestly|clearly|obviously|quite frankly),?\s*)(your|you)( [a-z]+){0,3} (does not|doesn't|do not|don't) (even )?know how to\b`, "know how"),
	ens(`\b(whoever|anyone who)\b[^.?!]{0,40}\byour\b[^.?!]{0,30}\bshould(n't| not) be allowed (anywhere )?near\b`, "allowed"),
	ens(`\bwhat (your|you)( [a-z]+){0,3} (is|are) (doing|up to) all (day|night|week)\b`, "all day", "all night", "all week"),
	ens(`^\s*(are|were) (they|you|your [a-z]+( [a-z]+)?)( all)? (asleep|sleeping)\s*\?`, "asleep", "sleeping"),
}

// Round 18 (h17aa; the forty-third and forty-fourth sets, by class): the
// reader's work called a joke or a farce in a sentence of its own ("Honestly,
// this is a joke."; "Seriously, that was a farce!"; not "It's a joke we tell
// new staff" nor "This is a great result, honestly").
var enShapes18 = []shape{
	ens(`(^\s*|[.!?]\s+)((honestly|frankly|seriously|really|quite frankly),?\s+)?(this|that|it)( really| honestly| frankly| just)?('s| is| was) (just |simply |frankly |honestly |a complete |an absolute )?(a joke|a farce|a disgrace|a circus|laughable|pathetic)\s*([.!]|$)`, "joke", "farce", "disgrace", "circus", "laughable", "pathetic"),
}

// Round 19 (h17ab; the forty-fifth and forty-sixth sets, by class): the
// reader told to stop sending canned answers and read properly ("Stop sending
// us generic replies and read our emails properly."; not "Please stop sending
// us paper invoices" nor "read our emails from the portal"); a review's
// "worst … ever" on the reader's service ("WORST VET EVER"; not "the worst
// storm ever recorded").
var enShapes19 = []shape{
	ens(`\bstop (sending|giving|copying|forwarding|pasting) (us|me) (these |those |the same |your )?(generic|canned|templated?|automated|boilerplate|copy-pasted?|standard|useless|pointless)\b`, "generic", "canned", "template", "templated", "automated", "boilerplate", "useless", "pointless"),
	ens(`\bread (our|my|the) (emails?|messages?|tickets?|complaints?|letters?|replies) (properly|carefully|for once|this time)\b`, "properly", "carefully", "for once"),
	ens(`\b(the )?worst (vet|vets|clinic|hospital|service|company|supplier|doctor|team|support|shop|store|experience|customer service|contractor|courier|landlord|agency)( [a-z]+)? (ever|in (town|the city|the world|my life))\b`, "worst"),
}

// Round 20 (h17ac; the forty-eighth set): a bare two-word order as a
// sentence of its own closing a complaint ("This is the THIRD time … late.
// Fix it."; "Sort it out."; not "Fix it by Friday, please." nor "How do I fix
// it?").
var enShapes20 = []shape{
	ens(`^\s*(fix|sort|sort out|deal with|handle) (it|this|that)( out)?( now| already)?\s*[.!]+\s*$`, "fix", "sort", "deal", "handle"),
}
