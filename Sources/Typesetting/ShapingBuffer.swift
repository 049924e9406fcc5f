import CHarfBuzz

/// An `hb_buffer_t` used for one shaping call and then destroyed.
struct ShapingBuffer: ~Copyable {
    private let buffer: OpaquePointer

    init() { buffer = hb_buffer_create() }

    deinit { hb_buffer_destroy(buffer) }

    /// Shapes `range` of a paragraph's code points with its script, language and direction set, not guessed;
    /// the rest of the paragraph is context (so Arabic joins across run edges). Clusters come back as code point indices.
    func shape(_ scalars: [UInt32], range: Range<Int>, script: hb_script_t, language: hb_language_t?, rightToLeft: Bool,
               font: OpaquePointer) -> ([hb_glyph_info_t], [hb_glyph_position_t]) {
        guard !range.isEmpty else { return ([], []) }
        hb_buffer_add_utf32(buffer, scalars, Int32(scalars.count), UInt32(range.lowerBound), Int32(range.count))
        hb_buffer_set_direction(buffer, rightToLeft ? HB_DIRECTION_RTL : HB_DIRECTION_LTR)
        hb_buffer_set_script(buffer, script)
        hb_buffer_set_language(buffer, language)
        hb_shape(font, buffer, nil, 0)
        var count: UInt32 = 0
        let infos = hb_buffer_get_glyph_infos(buffer, &count)
        let positions = hb_buffer_get_glyph_positions(buffer, &count)
        guard count > 0, let infos, let positions else { return ([], []) }
        return (Array(UnsafeBufferPointer(start: infos, count: Int(count))), Array(UnsafeBufferPointer(start: positions, count: Int(count))))
    }
}
