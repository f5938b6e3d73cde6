/// English verb forms from a lemma: base, -s, past, past participle, -ing.
///
/// Regular rules (silent e, consonant + y, doubled final consonant — both
/// the doubled and plain forms are produced, since doubling depends on
/// stress) and a table of irregular verbs common in news.
enum Inflection {
    static let irregular: [String: [String]] = [
        "be": ["is", "are", "was", "were", "been", "being", "am"], "have": ["has", "had", "having"],
        "do": ["does", "did", "done", "doing"], "go": ["goes", "went", "gone", "going"],
        "hold": ["held"], "meet": ["met"], "fight": ["fought"], "strike": ["struck", "stricken"],
        "give": ["gave", "given"], "make": ["made"], "take": ["took", "taken"], "send": ["sent"],
        "seek": ["sought"], "see": ["saw", "seen"], "say": ["said"], "tell": ["told"], "shoot": ["shot"],
        "lead": ["led"], "leave": ["left"], "bring": ["brought"], "buy": ["bought"], "sell": ["sold"],
        "break": ["broke", "broken"], "begin": ["began", "begun"], "throw": ["threw", "thrown"],
        "withdraw": ["withdrew", "withdrawn"], "forbid": ["forbade", "forbidden"], "freeze": ["froze", "frozen"],
        "beat": ["beaten"], "speak": ["spoke", "spoken"], "choose": ["chose", "chosen"], "rise": ["rose", "risen"],
        "drive": ["drove", "driven"], "write": ["wrote", "written"], "come": ["came"], "become": ["became"],
        "run": ["ran"], "win": ["won"], "lose": ["lost"], "keep": ["kept"], "flee": ["fled"],
        "bear": ["bore", "borne"], "swear": ["swore", "sworn"], "tear": ["tore", "torn"], "bind": ["bound"],
        "feed": ["fed"], "spend": ["spent"], "lend": ["lent"], "build": ["built"], "deal": ["dealt"],
        "mean": ["meant"], "stand": ["stood"], "understand": ["understood"], "undertake": ["undertook", "undertaken"],
        "overthrow": ["overthrew", "overthrown"], "sit": ["sat"], "slay": ["slew", "slain"], "stick": ["stuck"],
        "shake": ["shook", "shaken"], "steal": ["stole", "stolen"], "find": ["found"], "pay": ["paid"],
        "lay": ["laid"], "hide": ["hid", "hidden"], "fly": ["flew", "flown"], "draw": ["drew", "drawn"],
        "grow": ["grew", "grown"], "know": ["knew", "known"], "show": ["showed", "shown"], "blow": ["blew", "blown"],
        "sink": ["sank", "sunk"], "forgive": ["forgave", "forgiven"], "foresee": ["foresaw", "foreseen"],
        "overrun": ["overran"], "shut": [], "cut": [], "hit": [], "put": [], "set": [], "let": [], "quit": [],
        "spread": [], "bid": [], "cast": [], "hurt": [], "split": [], "upset": [], "broadcast": [],
        "forecast": [], "bite": ["bit", "bitten"], "light": ["lit"], "ride": ["rode", "ridden"],
        "rebuild": ["rebuilt"], "withhold": ["withheld"], "uphold": ["upheld"], "oversee": ["oversaw", "overseen"],
        "arise": ["arose", "arisen"], "awake": ["awoke"], "dig": ["dug"], "hang": ["hung", "hanged"], "sweep": ["swept"],
        "wage": [], "sling": ["slung"], "strive": ["strove", "striven"], "mislead": ["misled"],
        "undergo": ["underwent", "undergone"], "outlaw": [], "foreswear": ["foreswore"], "wind": ["wound"],
        "shed": [], "thrust": [], "rethink": ["rethought"], "think": ["thought"], "catch": ["caught"],
        "teach": ["taught"], "sleep": ["slept"], "feel": ["felt"], "hear": ["heard"], "get": ["got", "gotten"],
        "eat": ["ate", "eaten"], "fall": ["fell", "fallen"], "forget": ["forgot", "forgotten"], "ring": ["rang", "rung"],
        "sing": ["sang", "sung"], "swim": ["swam", "swum"], "drink": ["drank", "drunk"], "shine": ["shone"],
        "sting": ["stung"], "swing": ["swung"], "wake": ["woke", "woken"], "wear": ["wore", "worn"],
        "weep": ["wept"], "cling": ["clung"], "retake": ["retook", "retaken"], "mistake": ["mistook", "mistaken"],
        "overtake": ["overtook", "overtaken"], "partake": ["partook"],
    ]

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// Every form of a verb lemma (lower case), the lemma included.
    static func forms(of lemma: String) -> [String] {
        let v = lemma.lowercased()
        var forms: [String] = [v]
        let chars = Array(v)
        guard let last = chars.last else { return forms }
        let secondLast = chars.count >= 2 ? chars[chars.count - 2] : " "
        // -s
        if v.hasSuffix("s") || v.hasSuffix("x") || v.hasSuffix("z") || v.hasSuffix("ch") || v.hasSuffix("sh") || v.hasSuffix("o") {
            forms.append(v + "es")
        } else if last == "y", !vowels.contains(secondLast) {
            forms.append(String(v.dropLast()) + "ies")
        } else {
            forms.append(v + "s")
        }
        // -ed and -ing
        if last == "e" {
            forms.append(v + "d")
            if v.hasSuffix("ee") || v.hasSuffix("ye") || v.hasSuffix("oe") {
                forms.append(v + "ing")
            } else if v.hasSuffix("ie") {
                forms.append(String(v.dropLast(2)) + "ying")
            } else {
                forms.append(String(v.dropLast()) + "ing")
            }
        } else if last == "y", !vowels.contains(secondLast) {
            forms.append(String(v.dropLast()) + "ied")
            forms.append(v + "ing")
        } else {
            forms.append(v + "ed")
            forms.append(v + "ing")
            // Consonant-vowel-consonant: the doubled forms too (planned, committed).
            let thirdLast = chars.count >= 3 ? chars[chars.count - 3] : "a"
            if !vowels.contains(last), !"wxy".contains(last), vowels.contains(secondLast), !vowels.contains(thirdLast) {
                forms.append(v + String(last) + "ed")
                forms.append(v + String(last) + "ing")
            }
            if last == "c" { forms.append(v + "ked"); forms.append(v + "king") }  // panicked
        }
        if let irregular = irregular[v] {
            if !irregular.isEmpty { forms.removeAll { $0.hasSuffix("ed") } }
            forms += irregular
        }
        var seen: Set<String> = []
        return forms.filter { seen.insert($0).inserted }
    }
}
