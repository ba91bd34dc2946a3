package check

// Rudeness by sentence shape, round 5 of issue 17 (the fifteenth set's
// misses, generalised by class, not by example). Each is a pattern over one
// sentence, tried only when the sentence holds one of its cue words and no
// softener is near (see rudeshape4.go):
//
//   - hyperbole about the reader's pace (审到明年吗?, 要等到下辈子吗?, 你们说的
//     “马上”是按年算的吧?) — an absurd deadline put to a second person;
//   - how the work was made, as a sneer (拍脑袋定的吧?, 闭着眼睛写的吗?, 用脚想的吧)
//     and daring to hand it in (这种东西也敢交上来, 还好意思拿出来);
//   - "did you even look yourself" (你自己看过一遍没有?);
//   - the writer made to teach or chase (为什么还要我手把手教, 还要我提醒几次);
//   - excuses thrown back (别拿“系统升级”来搪塞我);
//   - "can you say anything but X" (你们客服除了…还会说点别的吗?);
//   - a verdict that nothing the reader produced is of use (没有一句是有用的,
//     也没见你们交出个像样的东西) and "that is your level" (护理部就这水平?,
//     就这效率?);
//   - a bare 呢-question demanding a thing after a broken promise or a
//     quality (说好的周一交稿,现在周三了,稿子呢?; 效率呢?);
//   - demands that the reader answer to the writer (你最好…给我一个说法,
//     给我个交代) and refusing to "waste time with you" (没时间陪你们耗);
//   - "what do you do all day" (我很好奇你们每天都在忙些什么);
//   - paying for nothing (花钱请你们来是当摆设的?);
//   - sarcastic wonder (也是够可以的, 算是见识了, 真是领教了);
//   - rhetorical 谁 (谁看得懂?, 谁受得了?) and standing idle (还愣着干什么);
//   - tiring to deal with (跟你们对接真是心累);
//   - English: how many ways to say it, "when you've found the time to
//     read", "is anybody … paying attention", "bother me with", "Do you
//     actually test …?", "you guys are impossible", "not another excuse",
//     "try doing your job", "what your team does all day", "Seriously?" as a
//     sentence before a failure.

var (
	zhShapes5 = []shape{
		// an absurd deadline for the reader: 要审到明年吗?, 是按年算的吧?
		zhs(`(你们?|部|科|组|团队|法务|财务|售后|客服|物业|运维|仓库|供应商|厂家)[^。！!？?]{0,20}(审|做|改|拖|等|修|查|批|办|弄|搞|回|排|测|写|算)(到|等到)(明年|后年|下辈子|猴年马月|退休|天荒地老|过年)[^。！!？?]{0,4}(吗|吧|呢|[？?])`, "明年", "后年", "下辈子", "猴年马月", "退休", "天荒地老", "过年"),
		zhs(`(马上|立刻|立即|尽快|很快|一会儿|稍后|今天|明天)[”"」』]?[^，,。！!？?]{0,2}是按(年|月|周|世纪)(算|计)的|猴年马月|下辈子`, "按年", "按月", "按周", "按世纪", "猴年马月", "下辈子"),
		// how the work was made, as a sneer
		zhs(`(拍脑袋|拍脑门|拍大腿|闭着眼睛?|闭眼|用脚(趾头)?|梦游|睡着了|喝多了)[^，,。！!？?]{0,6}(写|做|定|想|画|填|编|排|弄|搞|审|算|拍)[^，,。！!？?]{0,6}(的吧|的吗|的[？?]|吗|吧)`, "拍脑", "拍大腿", "闭着眼", "闭眼", "用脚", "梦游", "睡着了", "喝多了"),
		zhs(`(也敢|还敢|竟敢|居然敢|竟然敢|还有脸|也有脸)(交|拿|发|报|提|给|说|来)`, "也敢", "还敢", "竟敢", "居然敢", "竟然敢", "还有脸", "也有脸"),
		// did you even look yourself
		zhs(`你们?(自己)[^，,。！!？?]{0,6}(看|检查|核对|测|试|读|算|验)过[^，,。！!？?]{0,6}(没有|没)[？?]`, "自己"),
		// the writer made to teach or chase
		zhs(`(为什么|凭什么|难道)[^，,。！!？?]{0,8}要?我(手把手|亲自|一遍遍|一个个|挨个|替你们?)?(教|盯|催|提醒|擦屁股|收拾|兜底)|还要我手把手`, "为什么", "凭什么", "难道", "手把手"),
		zhs(`还要我(提醒|催|说|讲|强调|重复|教)(你们?)?(几|多少)(次|遍|回)`, "还要我"),
		// excuses thrown back
		zhs(`(别|少|不要|不用)(拿|用|找)[^，,。！!？?]{1,16}(来|当)?(搪塞|糊弄|应付|敷衍|忽悠|打发|压|堵)我`, "搪塞", "糊弄", "应付", "敷衍", "忽悠", "打发", "压我", "堵我"),
		// can you say anything but X
		zhs(`(你们?|客服|售后|部|团队)[^。！!？?]{0,8}除了[^。！!？?]{1,24}(还(会|能|知道|懂)(说|干|回|讲)[^。！!？?]{0,6}(别的|其他|点别的|什么)|就不会(说|干|回|讲)?(点)?(别的|其他))`, "除了"),
		// nothing you produced is of use
		zhs(`你们?的?[^。！!？?]{0,20}(没有|没)一(句|条|个|点|样|份|处)(是)?(有用|靠谱|能用|像样|站得住)的?`, "有用", "靠谱", "能用", "像样", "站得住"),
		zhs(`(也|都|从来|就|还)没见(过)?(你们?|他们)[^，,。！!？?]{0,12}(像样|一个|什么|个|哪次)`, "没见"),
		zhs(`就这(水平|素质|能力|态度|效率|速度|质量|服务|本事|觉悟)[？?]|你们?[^。！!？?]{0,10}就这(水平|素质|能力|态度|效率|本事|觉悟)`, "就这"),
		zhs(`(磨蹭|磨叽|拖|一上午|一下午|一整天|半天|一周|又|还没|迟迟)[^。！!？?]{0,20}[，,]\s*(效率|态度|责任心|诚信|专业性?|素质|职业素养|契约精神)呢[？?]`, "呢"),
		// a bare 呢-question after a broken promise: 说好的周一交稿,现在周三了,稿子呢?
		zhs(`(说好的?|答应的?|不是说|承诺的?|约好的?)[^。！!？?]{1,30}[，,]\s*[^\s，,。！!？?]{1,4}呢[？?]`, "说好", "答应", "不是说", "承诺", "约好"),
		// answer to me (round 12: a firm 这周五之前给我一个说法, with a date and
		// no 最好, is a demand, not rudeness)
		zhs(`你们?最好(给我|老实)|你们?最好[^。！!？?]{0,10}给我(一个|个)?(说法|交代)|(^|[^前])给我(一个|个)?(说法|交代|解释清楚)`, "最好", "说法", "交代", "解释清楚"),
		zhs(`(没时间|没空|没工夫|没心情)(陪|跟|和)你们?(耗|玩|折腾|磨|闹|扯|周旋)`, "没时间", "没空", "没工夫", "没心情"),
		// what do you do all day
		zhs(`(好奇|不知道|想知道|搞不懂|纳闷)[^。！!？?]{0,6}你们?[^。！!？?]{0,14}(每天|天天|整天|平时|一天到晚|八小时|上班时间|上班)[^。！!？?]{0,10}(忙|干)(些|了些|点)?(什么|啥|嘛)`, "好奇", "不知道", "想知道", "搞不懂", "纳闷"),
		// paying for nothing
		zhs(`(花钱|付钱|雇|请)(请)?你们?[^，,。！!？?]{0,6}是(当|来|为了)?[^，,。！!？?]{0,4}(摆设|看热闹|吃干饭|混日子|养老|度假|看戏|凑数|当大爷)`, "花钱", "付钱", "雇", "请你"),
		// sarcastic wonder
		zhs(`(也是|真是|可真是|还真是)够(可以|行|厉害|能|呛)的|你们?[^。！!？?]{0,12}(算是|真是|总算|今天)(见识|领教)(了|到)`, "够可以", "够行", "够厉害", "够能", "够呛", "见识", "领教"),
		// rhetorical 谁 and standing idle
		zhs(`谁(看得|受得|听得|读得|用得|忍得)(懂|了|明白|下去)[？?]|谁(信|敢用|会信)啊?[？?]`, "谁看得", "谁受得", "谁听得", "谁读得", "谁用得", "谁忍得", "谁信", "谁敢用", "谁会信"),
		zhs(`还(愣|站|坐|等|杵|傻站|磨蹭)着?(干什么|干嘛|做什么|干啥)`, "干什么", "干嘛", "做什么", "干啥"),
		// tiring to deal with
		zhs(`(跟|和|同)你们?[^，,。！!？?]{1,6}(真是|真|太|好|这么|实在)(费劲|费事|累|难搞|难伺候|难沟通|难对付|麻烦|心累|头疼|头大|折磨|窝火)`, "跟你", "和你", "同你"),
		// what the reader's side is there for: 你们是吃素的吗?, 是来打酱油的?
		zhs(`是(来)?(吃素|纸糊|闹着玩|过家家|做慈善|混饭吃|吃干饭|打酱油|凑人数|看热闹|旅游|养老)的`, "吃素", "纸糊", "闹着玩", "过家家", "做慈善", "混饭", "吃干饭", "打酱油", "凑人数", "看热闹", "旅游", "养老"),
		// an ultimatum: 今天不给答复,否则别怪我们不客气
		zhs(`(否则|不然|要不然)[^。！!？?]{0,12}(别怪|换人|换供应商|换一家|投诉你们|别干|走人|看着办|有你们?好看|没完|不客气)`, "否则", "不然"),
		// "can't you look it up yourself?"
		zhs(`你们?(自己)?不会(自己)?(先|去|先去)?(查|看|问|搜|想|百度|翻|读)(一下|一查|一看)?(吗|啊|呀)?[？?]`, "不会"),
		zhs(`你以为你是谁|你算老几|懂不懂规矩|有没有(一点|点)?常识|(还)?要不要脸|讲不讲(道)?理`, "以为你是谁", "算老几", "懂不懂规矩", "常识", "要不要脸", "讲不讲"),
		zhs(`耐心(有限|快被|已经被|被你们|用完|耗尽|快没了)|忍无可忍|我(再|最后)说(最后)?一(遍|次)`, "耐心", "忍无可忍", "说一遍", "说一次", "最后一遍", "最后一次"),
		zhs(`我不是你们?的(秘书|保姆|助理|下属|老妈子|出气筒|提款机)`, "不是你"),
		zhs(`别(装|演)了|装什么(糊涂|傻|不知道|蒜)|少(装|演)`, "别装", "别演", "装什么", "少装", "少演"),
		// a verdict on the reader's ability or attitude: 你们的服务态度也太差了
		zhs(`你们?[^。！!？?]{0,12}(水平|态度|服务|效率|能力|素质|执行力|责任心|工作作风)[^，,。！!？?]{0,2}(也太|太|真|简直|实在|这么|那么|真是)(差|低|烂|糟|差劲|糟糕|低下|敷衍)`, "太差", "真差", "太低", "真低", "太烂", "真烂", "太糟", "差劲", "糟糕", "低下", "这么差", "那么差", "这么低", "简直", "实在", "太敷衍", "真敷衍"),
		zhs(`你们?[^。！!？?]{0,10}(也太|太|真是|简直|实在)(不专业|不靠谱|不像话|业余|外行|草率|马虎|拖沓|磨叽|掉链子|过分)`, "不专业", "不靠谱", "不像话", "业余", "外行", "草率", "马虎", "拖沓", "磨叽", "掉链子", "过分"),
		// "what is wrong with you": 你怎么回事?, 你们怎么能这样, 你们怎么连…都…
		zhs(`你们?(是)?(怎么|咋)回事[？?！!]|你们?(怎么|咋)(能|可以)这样|你们?(怎么|咋)连[^。！!？?]{1,12}都`, "回事", "能这样", "可以这样", "怎么连", "咋连"),
		// blame: 都是你们的问题, 都怪你们
		zhs(`(^|[^不])(都|全)(是|怪)你们?的?(错|问题|锅|责任)|都怪你们?`, "是你", "怪你"),
		// a time limit imposed: 限你们三天之内整改完
		zhs(`限你们?[^。！!？?]{0,10}(之内|以内|内|前)`, "限你"),
		// treating people as fools: 把客户当猴耍, 当傻子
		zhs(`把(我|我们|客户|大家|人|用户|业主)当(猴|猴子|傻子|傻瓜|三岁小孩|小孩|冤大头|提款机)`, "当猴", "当傻", "当三岁", "当小孩", "当冤大头", "当提款机"),
		// fobbing off: 派个实习生来应付?
		zhs(`你们?[^。！!？?]{0,16}(来|拿)(应付|打发|敷衍|糊弄)(我|我们|客户|一下|事)?[？?]|(应付|敷衍|糊弄|打发)(我|我们|客户)(吗|呢|吧)?[？?]`, "应付", "打发", "敷衍", "糊弄"),
		zhs(`(糊弄|骗|忽悠|蒙)不了我`, "不了我"),
		// doubt of what the reader is: 你们确定自己是专业团队?
		zhs(`你们?确定(自己|你们?自己)(是|真的是|算|懂|会)[^。！!？?]{1,12}[？?]`, "确定"),
		zhs(`(还能|还敢|怎么)指望你们?`, "指望"),
		// repeated work wasted on the reader: 同样的话我不想说第三遍
		zhs(`不想(再)?(说|讲|解释|重复|问|催)第[二三四五六七八九十几0-9]+(遍|次|回)`, "不想"),
		zhs(`还不如我(自己)?(来|干|做|弄|上|写|改)`, "还不如我"),
		zhs(`我都替你们?(着急|脸红|尴尬|害臊|丢人|捏把汗|难为情)`, "我都替"),
		zhs(`(找|求|催)你们?[^。！!？?]{0,8}(像|跟|如同)(求人|求爷爷|讨债|要饭|挤牙膏)|挤牙膏`, "求人", "求爷爷", "讨债", "要饭", "挤牙膏"),
		zhs(`早干(嘛|什么|啥)(去)?了`, "早干"),
		zhs(`(又是|这回又是|这次又是|这回是|这次是)谁的(锅|错)`, "谁的锅", "谁的错"),
		zhs(`能不能有点(时间观念|观念|意识|常识|眼力见|数|分寸|责任感|担当|自觉)`, "能不能有点"),
		zhs(`(请|下次|你们?|让)[^。！!？?]{0,6}(找|换|派)(个|一个)((懂行|懂的|明白|靠谱|能做主|专业|会做事)的?人|明白人)来`, "懂行", "懂的", "明白", "靠谱", "能做主", "专业", "会做事"),
		zhs(`还是(装|假装)(不懂|不会|不知道|没看见|没看到|糊涂|没收到)`, "还是装", "还是假装"),
		zhs(`进了你们?的?(垃圾箱|垃圾桶|黑洞|回收站)|石沉大海`, "垃圾箱", "垃圾桶", "黑洞", "回收站", "石沉大海"),
		zhs(`原来你们?也(有|会)[^。！!？?]{1,10}的时候`, "原来你"),
		zhs(`[“"「](在处理|马上|很快|尽快|快了|在跟进|在排查|收到|在走流程|在审批)[”"」][^。！!？?]{0,8}(半个?月|一个?月|[一两三四五六七八九十几]+(天|周|个星期|个礼拜|个月))`, "在处理”", "在处理」", "马上”", "马上」", "很快”", "很快」", "尽快”", "尽快」", "快了”", "快了」", "在跟进”", "在跟进」", "在排查”", "在排查」", "收到”", "收到」", "在走流程”", "在走流程」", "在审批”", "在审批」"),
		zhs(`态度(还|真|太|也|这么)(横|冲|恶劣)`, "态度"),
		zhs(`你们?(是)?在逗我|逗我(呢|吧|玩)`, "逗我"),
		zhs(`就这(点|么点)[^，,。！!？?]{1,10}[，,][^。！!？?]{0,10}(一个礼拜|一周|一个月|半个月|[一两三四五六七八九十几]+(天|周|个月|个星期|个礼拜))`, "就这点", "就这么点"),
		zhs(`到底有没有人(管|负责|在|看)`, "到底有没有人"),
		zhs(`你们?是第一(天|次|回)(做账|上班|干活|做事|工作|入行|干这行|做这行|做项目|写代码)`, "是第一"),
		zhs(`看看人家[^。！!？?]{0,16}再看看你们?`, "再看看你"),
		// done by guesswork: 你们拣货是靠猜的吗?
		zhs(`是靠(猜|蒙|运气|感觉|缘分|心情)的?(吗|吧|[？?])`, "靠猜", "靠蒙", "靠运气", "靠感觉", "靠缘分", "靠心情"),
		zhs(`能不能一次(性)?(说|讲|做|改|弄|给)(清楚|完|好|对|到位|全)`, "能不能一次"),
		// everyone kept waiting for the reader: 整个剧组陪你们干等两个小时
		zhs(`(陪|等)你们?(干等|白等|耗着|空等)|(整个|全|所有人|大家)[^，,。！!？?]{0,6}(陪|等)你们?[^，,。！!？?]{0,4}(干等|白等|[一两三四五六七八九十几半]+个?(小时|天|上午|下午|钟头))`, "干等", "白等", "耗着", "空等", "陪你", "等你"),
		zhs(`你们?[^。！!？?]{0,6}(只管|只顾)着?[^，,。！!？?]{1,6}[，,]?\s*(不管|不顾)`, "只管", "只顾"),
		zhs(`这么(简单|小|点)的?(事|问题|活|东西|改动|需求)[^。！!？?]{0,8}(为什么|怎么)(要|会|能)?(拖|花|用|等|做)了?[一两三四五六七八九十几半]+`, "这么简单", "这么小", "这么点"),
		// for show only: 你们的质量体系是写在墙上的吗?
		zhs(`是(写|挂|贴|摆|说|喊|做)(在墙上|着玩|着看|着好看|给别人看|给人看|样子)(给别人看|给人看)?的?(吗|吧|[？?])`, "在墙上", "着玩", "着看", "着好看", "给别人看", "样子"),
		zhs(`(没看出|看不出|看不到|没看到|感受不到)[^。！!？?]{0,4}(诚意|用心|专业性?|努力|责任心)(在哪|何在)|你们?[^。！!？?]{0,12}(没看出|看不出|看不到|感受不到)[^。！!？?]{0,4}(诚意|用心|专业性?|努力|责任心)`, "诚意", "用心", "专业", "努力", "责任心"),
	}
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
