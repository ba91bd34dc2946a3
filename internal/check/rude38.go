package check

// Round 38 (h17av; the hundred-and-thirteenth to sixteenth sets, by class):
// rudeness that uses no listed word.
//
//   - a threat to whoever fails again (谁再拖谁走人, 谁再迟到谁就别干了; not
//     谁再确认一下？ nor 谁再去一趟仓库);
//   - the team's speed called touching (效率真是高得感人啊, 速度感人; not
//     这个故事很感人);
//   - "I've told you a hundred times" (not "I've told you about the price
//     change");
//   - "Is this how you treat customers?" (not "Is this how you want the
//     labels printed?");
//   - whether anyone in a team is awake ("is anyone in marketing awake?";
//     not "Is anyone in the warehouse tomorrow?");
//   - nobody could be bothered to act ("nobody could be bothered to sign
//     the PO"; not "Nobody could be reached by phone");
//   - "I'm not asking again", strong: said after PLEASE it is still a
//     threat (not "I'm not asking again about the budget, just the dates").
var zhShapes38 = []shape{
	zhs(`谁(要是|敢)?再[^，,。！!？?\s]{1,6}谁?(就)?(走人|卷铺盖|别干了|不用干了|不用来了|下岗|滚蛋|滚)`, "走人", "卷铺盖", "别干了", "不用干了", "不用来了", "下岗", "滚"),
	zhs(`(效率|速度|办事|动作|进度|反应|回复)[^，,。！!？?]{0,8}(感人|令人感动|让人感动)`, "感人", "感动"),
}

var enShapes38 = []shape{
	ens(`\bi('ve| have) (already |now )?(told|asked|reminded) you (a hundred|a thousand|a million|a dozen|so many|countless|[0-9]+|three|four|five|six|ten|twenty|fifty) times\b`, "told you", "asked you", "reminded you"),
	ens(`\bis this how (you|you guys|you people|your [a-z]+( [a-z]+)?) (treat|talk to|speak to|deal with|look after) (your |their |paying )?(customers|clients|patients|guests|people|partners|members|fans|parents|us)\b[^.?!]{0,30}\?`, "is this how"),
	ens(`\b(is|are) (anyone|anybody|someone|somebody|everyone|everybody) (in|at|from|over in|over at) (the |your )?[a-z]+( [a-z]+)? (even )?(awake|alive|listening|paying attention)\s*\?`, "awake", "alive", "listening", "paying attention"),
	ens(`\b(nobody|no one|no-one|none of you) (could|can|can't|cannot|could not|couldn't) (even )?be bothered to [a-z]`, "bothered"),
}

var enStrong38 = []shape{
	ens(`\b(i'm|i am) not (going to )?(ask|asking|chasing|reminding you|telling you) (this |you )?again\s*[.!]*\s*$|\bi (won't|will not) (ask|chase|remind you|tell you) (this |you )?again\s*[.!]*\s*$`, "again"),
}
