import Documents

/// Turns a document error met while decoding into a `DecodingError` at the value's coding path, so a job file can name its line.
enum Decoding {
    static func wrap<T, Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, _ key: Key, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DocumentError {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: error.description)
        }
    }

    static func wrap<T>(_ container: SingleValueDecodingContainer, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DocumentError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }
}
