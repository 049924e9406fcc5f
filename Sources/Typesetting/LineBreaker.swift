import CICU

/// Line-break opportunities by ICU's UAX #14 iterator, never inside a bidi isolate (a signal label).
struct LineBreaker {
    /// Where a line may end: the text before `index` fits on a line, the rest starts the next.
    struct Opportunity: Equatable {
        /// The first character of the next line.
        var index: String.Index
        /// Whether the line must end here (a newline), not just may.
        var mandatory: Bool
    }

    /// The break opportunities of `text` for a BCP 47 language, in order, ending with the end of the text.
    static func opportunities(in text: String, language: String) throws -> [Opportunity] {
        let units = Array(text.utf16)
        guard !units.isEmpty else { return [] }
        var status: Int32 = 0
        // ICU locale ids use underscores ("zh_Hans"); the tag is only a tailoring hint, ICU falls back to the root rules.
        let locale = String(language.map { $0 == "-" ? "_" : $0 })
        let iterator = units.withUnsafeBufferPointer { leadprint_line_breaker(locale, $0.baseAddress, Int32($0.count), &status) }
        defer { if let iterator { leadprint_break_close(iterator) } }
        // ICU reports failure as a positive error code (warnings are negative).
        guard let iterator, status <= 0 else {
            throw TypesettingError.lineBreakingFailed(text: text, reason: String(cString: leadprint_error_name(status)))
        }
        let insideIsolate = isolateDepths(units)
        var result: [Opportunity] = []
        _ = leadprint_break_first(iterator)
        while true {
            let offset = leadprint_break_next(iterator)
            if offset == Int32(LEADPRINT_UBRK_DONE) { break }
            let rule = leadprint_break_rule_status(iterator)
            let mandatory = rule >= Int32(LEADPRINT_UBRK_LINE_HARD) && rule < Int32(LEADPRINT_UBRK_LINE_HARD_LIMIT)
            guard Int(offset) == units.count || !insideIsolate[Int(offset)] else { continue }
            // ICU works in UTF-16 and never breaks inside a surrogate pair or grapheme cluster.
            result.append(Opportunity(index: String.Index(utf16Offset: Int(offset), in: text), mandatory: mandatory))
        }
        return result
    }

    /// For each UTF-16 offset, whether a break there would fall inside an LRI/RLI/FSI…PDI span.
    private static func isolateDepths(_ units: [UInt16]) -> [Bool] {
        var inside = [Bool](repeating: false, count: units.count + 1)
        var depth = 0
        for (i, unit) in units.enumerated() {
            switch unit {
            case 0x2066, 0x2067, 0x2068: depth += 1
            case 0x2069: depth = max(0, depth - 1)
            default: break
            }
            inside[i + 1] = depth > 0
        }
        return inside
    }
}
