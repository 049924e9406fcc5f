import CCairo
import CFreeType
import DisplayList
import Foundation

/// Cairo font faces for the display list's font files, each loaded once per render.
///
/// The FT_Face objects are Cairo's once handed over: Cairo's own cache can outlive this type,
/// so each face is freed by Cairo through user data, never by a Swift `deinit`.
/// Pages drawn on several threads share one cache: Cairo font faces may be used from any thread,
/// and the lock keeps FreeType's library, which is not thread-safe, to one `FT_New_Face` at a time.
final class FontFaceCache: @unchecked Sendable {
    /// The process's faces, shared by every render: Cairo finds its scaled fonts (and their glyph caches) by font face,
    /// so faces made afresh for each render made new scaled fonts each time, and a server that rendered for days grew
    /// by about half a megabyte a render. Kept for the life of the process, one face per font file used.
    static let shared = FontFaceCache()

    private var faces: [FontFace: OpaquePointer] = [:]
    private let lock = NSLock()

    deinit {
        for face in faces.values { cairo_font_face_destroy(face) }
    }

    func cairoFace(for font: FontFace) throws -> OpaquePointer {
        try lock.withLock { try load(font) }
    }

    private func load(_ font: FontFace) throws -> OpaquePointer {
        if let face = faces[font] { return face }
        var ftFace: FT_Face?
        guard let library = FreeTypeLibrary.shared.handle,
              FT_New_Face(library, font.path, FT_Long(font.index), &ftFace) == 0, let ftFace else {
            throw RenderError.unreadableFont(path: font.path)
        }
        // Unhinted outlines, as HarfBuzz measured them, so drawn glyphs sit where the layout put them.
        let loadFlags = Int32(FT_LOAD_NO_HINTING | FT_LOAD_NO_AUTOHINT)
        guard let face = cairo_ft_font_face_create_for_ft_face(ftFace, loadFlags) else {
            FT_Done_Face(ftFace)
            throw RenderError.unreadableFont(path: font.path)
        }
        let status = cairo_font_face_set_user_data(face, &FontFaceCache.ownerKey, UnsafeMutableRawPointer(ftFace)) { pointer in
            if let pointer { FT_Done_Face(pointer.assumingMemoryBound(to: FT_FaceRec.self)) }
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_font_face_destroy(face)
            FT_Done_Face(ftFace)
            throw RenderError.unreadableFont(path: font.path)
        }
        faces[font] = face
        return face
    }

    nonisolated(unsafe) private static var ownerKey = cairo_user_data_key_t()
}

/// The process's one FreeType library, kept for the life of the process because Cairo may free faces late.
final class FreeTypeLibrary: @unchecked Sendable {
    static let shared = FreeTypeLibrary()
    let handle: FT_Library?

    private init() {
        var library: FT_Library?
        handle = FT_Init_FreeType(&library) == 0 ? library : nil
    }
}
