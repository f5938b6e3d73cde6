/// Reads PETRARCH/TABARI actor and agent dictionaries and writes them in
/// Annals' own formats (`actors.tsv`, `agents.tsv`), so that people who
/// keep CAMEO dictionaries can use them.
///
/// Actors: `NAME [CODE]` lines, `+SYNONYM` lines, and indented dated codes
/// `[RUSGOV 080507-120507]`, `[RUS >080507]`, `[RUS <080507]` (two-digit
/// years up to the current decade are 20xx, the rest 19xx). Agents:
/// `!MACRO! = A, B` substitutions, `WORD_WORD {PLURALS} [~CODE]` lines
/// (regular plurals are generated unless `{}` gives them). Underscores are
/// spaces; `#` and `<!-- -->` are comments.
public enum PetrarchDictionary {
    public struct Conversion: Sendable {
        /// The converted file's text.
        public var text: String
        public var entries: Int
        /// Lines that could not be read, as "line N: reason".
        public var skipped: [String]
    }

    /// Lines without comments, with their numbers.
    static func lines(_ text: String) -> [(Int, String)] {
        var result: [(Int, String)] = []
        var inComment = false
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            if inComment {
                guard let end = line.range(of: "-->") else { continue }
                line = String(line[end.upperBound...])
                inComment = false
            }
            while let start = line.range(of: "<!--") {
                if let end = line.range(of: "-->", range: start.upperBound..<line.endIndex) {
                    line.removeSubrange(start.lowerBound..<end.upperBound)
                } else {
                    line = String(line[..<start.lowerBound])
                    inComment = true
                }
            }
            if let hash = line.firstIndex(of: "#") { line = String(line[..<hash]) }
            if !line.trimmingSpaces.isEmpty { result.append((n + 1, line)) }
        }
        return result
    }

    /// "ARNOR_" → "Arnor", "AL-QAEDA" → "Al-Qaeda", "UN" stays "UN".
    static func displayName(_ raw: String) -> String {
        raw.replacingUnderscores.split(separator: " ").map { word -> String in
            let w = String(word)
            if w.count <= 3 || w.contains(".") { return w }
            return w.split(separator: "-", omittingEmptySubsequences: false).map {
                $0.prefix(1).uppercased() + $0.dropFirst().lowercased()
            }.joined(separator: "-")
        }.joined(separator: " ")
    }

    static func date(_ digits: Substring) -> String? {
        guard digits.count == 6 || digits.count == 8, let n = Int(digits) else { return nil }
        let mm = (n / 100) % 100, dd = n % 100
        var year = n / 10000
        if digits.count == 6 { year = year <= 29 ? 2000 + year : 1900 + year }
        return CalendarDate(year: year, month: mm, day: dd)?.description
    }

    /// A code as dictionaries write them: letters and digits ("RUSGOV", "G77"), or "---".
    static func isCode(_ s: String) -> Bool {
        s == "---" || (s.count >= 2 && s.allSatisfy { ($0.isUppercase && $0.isASCII) || $0.isNumber })
    }

    /// One bracketed code: "RUSGOV 080507-120507" → "RUSGOV 2008-05-07..2012-05-07".
    static func code(_ inside: String) -> String? {
        let compact = inside.replacingOccurrences(of: " - ", with: "-").replacingOccurrences(of: "< ", with: "<")
            .replacingOccurrences(of: "> ", with: ">")
        let parts = compact.split(separator: " ").filter { !$0.isEmpty }
        guard let raw = parts.first else { return nil }
        // "ELR/GAL": several codes; the first stands for the actor.
        let code = String(raw.uppercased().split(separator: "/").first ?? raw)
        guard isCode(code) else { return nil }
        guard parts.count >= 2 else { return code }
        let range = parts[1]
        if range.hasPrefix(">"), let d = date(range.dropFirst()) { return "\(code) \(d).." }
        if range.hasPrefix("<"), let d = date(range.dropFirst()) { return "\(code) ..\(d)" }
        let ends = range.split(separator: "-")
        if ends.count == 2, let a = date(ends[0]), let b = date(ends[1]) { return "\(code) \(a)..\(b)" }
        return nil
    }

    /// Converts an actors dictionary to `actors.tsv`.
    public static func convertActors(_ text: String) -> Conversion {
        var rows: [(name: String, aliases: [String], codes: [String])] = []
        var skipped: [String] = []
        for (n, line) in lines(text) {
            let trimmed = line.trimmingSpaces
            var brackets: [String] = []
            var rest = trimmed
            while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
                brackets.append(String(rest[rest.index(after: open)..<close]))
                rest.removeSubrange(open...close)
            }
            let name = rest.trimmingSpaces
            let codes = brackets.compactMap(code)
            if codes.count < brackets.count { skipped.append("line \(n): unreadable code in \(trimmed)") }
            if name.isEmpty {
                guard !rows.isEmpty else { skipped.append("line \(n): code without an actor"); continue }
                rows[rows.count - 1].codes += codes
            } else if name.hasPrefix("+") {
                guard !rows.isEmpty else { skipped.append("line \(n): synonym without an actor"); continue }
                let alias = displayName(String(name.dropFirst()).trimmingSpaces)
                if !alias.isEmpty { rows[rows.count - 1].aliases.append(alias) }
                rows[rows.count - 1].codes += codes
            } else {
                rows.append((displayName(name), [], codes))
            }
        }
        var out = "# Converted from a PETRARCH actor dictionary by `annals dictionaries import-petrarch`.\n"
        out += "name\taliases\tcodes\n"
        var entries = 0
        for row in rows {
            guard !row.codes.isEmpty else { skipped.append("\(row.name): no code"); continue }
            var seen: Set<String> = [row.name]
            let aliases = row.aliases.filter { seen.insert($0).inserted }
            out += "\(row.name)\t\(aliases.joined(separator: "|"))\t\(row.codes.joined(separator: "|"))\n"
            entries += 1
        }
        return Conversion(text: out, entries: entries, skipped: skipped)
    }

    /// Converts an agents dictionary to `agents.tsv`.
    public static func convertAgents(_ text: String) -> Conversion {
        var macros: [String: [String]] = [:]
        var rows: [(forms: [String], codes: String)] = []
        var skipped: [String] = []
        var seen: Set<String> = []
        for (n, line) in lines(text) {
            let trimmed = line.trimmingSpaces
            if trimmed.hasPrefix("!"), let eq = trimmed.firstIndex(of: "=") {
                let name = trimmed[..<eq].trimmingSpaces
                macros[name] = trimmed[trimmed.index(after: eq)...].split(separator: ",").map { $0.trimmingSpaces }
                continue
            }
            guard let open = trimmed.firstIndex(of: "["), let close = trimmed[open...].firstIndex(of: "]") else {
                skipped.append("line \(n): no [code]")
                continue
            }
            let rawCode = trimmed[trimmed.index(after: open)..<close].replacingOccurrences(of: "~", with: "")
                .replacingOccurrences(of: " ", with: "").uppercased()
            guard CAMEOCode.isBlocks(rawCode) else { skipped.append("line \(n): code \(rawCode)"); continue }
            let codes = stride(from: 0, to: rawCode.count, by: 3).map {
                String(rawCode.dropFirst($0).prefix(3))
            }.joined(separator: " ")
            var head = String(trimmed[..<open])
            var plurals: [String]?
            if let b = head.firstIndex(of: "{"), let e = head.firstIndex(of: "}") {
                plurals = head[head.index(after: b)..<e].split(separator: " ").map(String.init)
                head = String(head[..<b]) + String(head[head.index(after: e)...])
            }
            let base = head.trimmingSpaces
            guard !base.isEmpty else { skipped.append("line \(n): no words"); continue }
            // Expand !MACRO! substitutions.
            var variants = [base]
            for (macro, values) in macros where base.contains(macro) {
                variants = variants.flatMap { v in values.map { v.replacingOccurrences(of: macro, with: $0) } }
            }
            var forms: [String] = []
            for v in variants {
                let form = v.replacingUnderscores.lowercased().trimmingSpaces
                guard !form.contains("!") else { continue }
                forms.append(form)
                if let plurals {
                    forms += plurals.map { $0.replacingUnderscores.lowercased() }
                } else {
                    forms.append(form.hasSuffix("s") || form.hasSuffix("x") ? form + "es"
                                 : form.hasSuffix("y") && !form.hasSuffix("ey") ? String(form.dropLast()) + "ies" : form + "s")
                }
            }
            forms = forms.filter { !$0.isEmpty && seen.insert($0).inserted }
            if !forms.isEmpty { rows.append((forms, codes)) }
        }
        var out = "# Converted from a PETRARCH agent dictionary by `annals dictionaries import-petrarch`.\n"
        out += "forms\tcodes\tkind\n"
        for row in rows { out += "\(row.forms.joined(separator: "|"))\t\(row.codes)\tperson\n" }
        return Conversion(text: out, entries: rows.count, skipped: skipped)
    }
}

extension String {
    var replacingUnderscores: String {
        var s = replacingOccurrences(of: "_", with: " ")
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
