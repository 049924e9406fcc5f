import CFriBidi

/// A paragraph's bidi embedding levels from FriBidi (rules P2-I2, with paired brackets), and its lines' visual order.
struct BidiParagraph {
    /// The paragraph's code points.
    let scalars: [UInt32]
    /// One embedding level per code point: even is left to right, odd right to left.
    let levels: [UInt8]
    /// Whether the resolved base direction is right to left.
    let isRightToLeft: Bool
    private let types: [FriBidiCharType]

    /// Whether text may need the bidi algorithm at all: it holds a right-to-left letter, an Arabic number or an explicit bidi control.
    ///
    /// Text without one, in a left-to-right or automatic paragraph, is entirely at level 0: the fast path for Latin tags.
    static func needsBidi(_ scalars: [UInt32], direction: TextDirection) -> Bool {
        if direction == .rightToLeft { return true }
        return scalars.contains { v in
            (0x0590...0x08FF).contains(v) || (0xFB1D...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v)
                || (0x10800...0x10FFF).contains(v) || (0x1E800...0x1EFFF).contains(v)
                || v == 0x200F || v == 0x061C || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }
    }

    /// Resolves levels for a paragraph; `text` names it in the error should FriBidi fail.
    init(_ scalars: [UInt32], direction: TextDirection, text: String) throws {
        self.scalars = scalars
        let count = Int32(scalars.count)
        var types = [FriBidiCharType](repeating: FriBidiCharType(0), count: scalars.count)
        var brackets = [FriBidiBracketType](repeating: 0, count: scalars.count)
        var levels = [FriBidiLevel](repeating: 0, count: scalars.count)
        var base: FriBidiParType = switch direction {
        case .leftToRight: leadprint_fribidi_par_ltr()
        case .rightToLeft: leadprint_fribidi_par_rtl()
        case .auto: leadprint_fribidi_par_on()
        }
        if !scalars.isEmpty {
            fribidi_get_bidi_types(scalars, count, &types)
            fribidi_get_bracket_types(scalars, count, types, &brackets)
            // The result is the highest level plus one, so zero means FriBidi failed (out of memory).
            guard fribidi_get_par_embedding_levels_ex(types, brackets, count, &base, &levels) != 0 else {
                throw TypesettingError.bidiFailed(text: text)
            }
        } else if direction == .auto {
            base = leadprint_fribidi_par_ltr()
        }
        self.types = types
        self.levels = levels.map { UInt8(bitPattern: $0) }
        isRightToLeft = base == leadprint_fribidi_par_rtl()
    }

    /// The levels of one line after rule L1 (trailing white space back to the paragraph level), and for each
    /// code point of the line its visual position (0 = leftmost), by FriBidi's reordering (L1-L3).
    func reorderLine(_ range: Range<Int>) throws -> (levels: [UInt8], visualPosition: [Int]) {
        guard !range.isEmpty else { return ([], []) }
        var levels = self.levels.map { FriBidiLevel(bitPattern: $0) }
        var map = (0..<scalars.count).map { FriBidiStrIndex($0) }
        let base = isRightToLeft ? leadprint_fribidi_par_rtl() : leadprint_fribidi_par_ltr()
        guard fribidi_reorder_line(leadprint_fribidi_reorder_flags(), types, Int32(range.count), Int32(range.lowerBound), base,
                                   &levels, nil, &map) != 0 else {
            throw TypesettingError.bidiFailed(text: String(String.UnicodeScalarView(scalars[range].compactMap(Unicode.Scalar.init))))
        }
        // map[visual] is the logical index shown at that visual position (offset by the line start).
        var position = [Int](repeating: 0, count: range.count)
        for visual in range { position[Int(map[visual]) - range.lowerBound] = visual - range.lowerBound }
        return (levels[range].map { UInt8(bitPattern: $0) }, position)
    }
}
