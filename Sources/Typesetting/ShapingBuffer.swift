import CHarfBuzz

/// An `hb_buffer_t` used for one shaping call and then destroyed.
struct ShapingBuffer: ~Copyable {
    private let buffer: OpaquePointer

    init() { buffer = hb_buffer_create() }

    deinit { hb_buffer_destroy(buffer) }

    /// Shapes UTF-8 text; clusters come back as byte offsets into it.
    func shape(_ text: String, font: OpaquePointer) -> ([hb_glyph_info_t], [hb_glyph_position_t]) {
        guard !text.isEmpty else { return ([], []) }
        text.withCString { hb_buffer_add_utf8(buffer, $0, -1, 0, -1) }
        hb_buffer_guess_segment_properties(buffer)
        hb_shape(font, buffer, nil, 0)
        var count: UInt32 = 0
        let infos = hb_buffer_get_glyph_infos(buffer, &count)
        let positions = hb_buffer_get_glyph_positions(buffer, &count)
        guard count > 0, let infos, let positions else { return ([], []) }
        return (Array(UnsafeBufferPointer(start: infos, count: Int(count))), Array(UnsafeBufferPointer(start: positions, count: Int(count))))
    }
}
