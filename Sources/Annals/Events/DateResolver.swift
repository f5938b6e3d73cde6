/// Finds date expressions in sentences and resolves them against the
/// document's published date:
/// - "today", "tonight", "this morning", "yesterday", "tomorrow";
/// - a weekday ("on Friday"): the latest such day on or before publication
///   ("next Friday": the first after it);
/// - "last week", "this week", "last month" (the same weekday or day
///   a week or month before);
/// - "Nov. 29", "November 29, 2024", "29 November", "2024-11-29"; without a
///   year, the publication year (or the year before, for a day more than
///   a month after publication).
struct DateResolver {
    struct Found {
        var tokens: Range<Int>
        var date: CalendarDate
        /// For a bare weekday ("on Wednesday"), the day it names: the date
        /// above is the latest such day on or before publication; an event
        /// told as future takes the next one instead.
        var weekday: Int? = nil
    }

    /// The first day on or after `published` that falls on `weekday`.
    static func next(_ weekday: Int, from published: CalendarDate) -> CalendarDate {
        published.adding(days: (weekday - published.weekday + 7) % 7)
    }

    static let weekdays: [UInt64: Int] = Dictionary(uniqueKeysWithValues:
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].enumerated()
            .map { (TokenKey.of($0.element), $0.offset + 1) })
    static let months: [UInt64: Int] = {
        var m: [UInt64: Int] = [:]
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        for (n, name) in names.enumerated() {
            m[TokenKey.of(name)] = n + 1
            let short = String(name.prefix(3))
            m[TokenKey.of(short)] = n + 1
            m[TokenKey.of(short + ".")] = n + 1
        }
        m[TokenKey.of("sept")] = 9
        m[TokenKey.of("sept.")] = 9
        return m
    }()
    static let relativeDays: [UInt64: Int] = [
        TokenKey.of("today"): 0, TokenKey.of("tonight"): 0, TokenKey.of("yesterday"): -1, TokenKey.of("tomorrow"): 1,
    ]
    static let lastKey = TokenKey.of("last")
    static let nextKey = TokenKey.of("next")
    static let thisKey = TokenKey.of("this")
    static let weekKey = TokenKey.of("week")
    static let monthKey = TokenKey.of("month")
    static let dayParts = KeySet(["morning", "afternoon", "evening"].map(TokenKey.of))
    /// Every word that can start a date expression.
    static let dateWords = KeySet(Array(weekdays.keys) + Array(months.keys) + Array(relativeDays.keys)
                                       + [lastKey, nextKey, thisKey])

    /// Date expressions in a token range, resolved against `published`.
    static func find(in range: Range<Int>, tokens: [Token], keys: [UInt64], bytes: UnsafeBufferPointer<UInt8>,
                     published: CalendarDate) -> [Found] {
        var found: [Found] = []
        func key(_ i: Int) -> UInt64 { keys[i] }
        func number(_ i: Int) -> Int? {
            guard i < range.upperBound, tokens[i].has(.number) else { return nil }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[i].range]), as: UTF8.self)
            return Int(text)
        }
        func year(_ i: Int) -> Int? {
            guard let y = number(i), (1900...2100).contains(y) else { return nil }
            return y
        }
        func dated(month: Int, day: Int, year: Int?) -> CalendarDate? {
            if let year { return CalendarDate(year: year, month: month, day: day) }
            guard let sameYear = CalendarDate(year: published.year, month: month, day: day) else { return nil }
            return sameYear.daysSinceEpoch - published.daysSinceEpoch > 31
                ? CalendarDate(year: published.year - 1, month: month, day: day) : sameYear
        }
        var i = range.lowerBound
        while i < range.upperBound {
            let k = key(i)
            // Most tokens are no date word: one set look-up rejects them.
            if !tokens[i].has(.hasDigit), !dateWords.contains(k) {
                i += 1
                continue
            }
            if let offset = relativeDays[k] {
                found.append(Found(tokens: i..<(i + 1), date: published.adding(days: offset)))
            } else if k == thisKey, i + 1 < range.upperBound, dayParts.contains(key(i + 1)) {
                found.append(Found(tokens: i..<(i + 2), date: published))
                i += 2
                continue
            } else if let weekday = weekdays[k], tokens[i].has(.capitalized) {
                var date: CalendarDate
                let previous = i > range.lowerBound ? key(i - 1) : 0
                if previous == nextKey {
                    var d = (weekday - published.weekday + 7) % 7
                    if d == 0 { d = 7 }
                    date = published.adding(days: d)
                } else {
                    date = published.adding(days: -((published.weekday - weekday + 7) % 7))
                    if previous == lastKey && date == published { date = published.adding(days: -7) }
                }
                let bare = previous != nextKey && previous != lastKey
                found.append(Found(tokens: (bare ? i : i - 1)..<(i + 1), date: date, weekday: bare ? weekday : nil))
            } else if (k == lastKey || k == thisKey), i + 1 < range.upperBound, key(i + 1) == weekKey || key(i + 1) == monthKey {
                let isLast = k == lastKey
                let date = key(i + 1) == weekKey ? published.adding(days: isLast ? -7 : 0)
                    : (isLast ? published.adding(days: -30) : published)
                found.append(Found(tokens: i..<(i + 2), date: date))
                i += 2
                continue
            } else if let month = months[k], tokens[i].has(.capitalized) {
                // Nov. 29 (, 2024)
                if let day = number(i + 1), (1...31).contains(day) {
                    var end = i + 2
                    var y: Int?
                    if end + 1 < range.upperBound, tokens[end].has(.comma), let yy = year(end + 1) { y = yy; end += 2 }
                    else if let yy = year(end) { y = yy; end += 1 }
                    if let date = dated(month: month, day: day, year: y) {
                        found.append(Found(tokens: i..<end, date: date))
                        i = end
                        continue
                    }
                }
            } else if let day = number(i), (1...31).contains(day), i + 1 < range.upperBound,
                      let month = months[key(i + 1)], tokens[i + 1].has(.capitalized) {
                // 29 November (2024)
                var end = i + 2
                let y = year(end)
                if y != nil { end += 1 }
                if let date = dated(month: month, day: day, year: y) {
                    found.append(Found(tokens: i..<end, date: date))
                    i = end
                    continue
                }
            } else if tokens[i].has(.hasDigit), tokens[i].end - tokens[i].start == 10 {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[i].range]), as: UTF8.self)
                if let date = CalendarDate(iso: text) { found.append(Found(tokens: i..<(i + 1), date: date)) }
            }
            i += 1
        }
        return found
    }
}
