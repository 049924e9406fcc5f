import ArgumentParser
import Foundation
import LeadprintServe
import LeadprintWeb

/// `leadprint-web`: the web app's server, which `leadprint serve` runs in its place.
///
/// It is a program of its own so that the command line does not carry the web server: SwiftNIO and Hummingbird's
/// 2,200 protocol-conformance records made every `leadprint` run scan a quarter more records (10 M instructions of
/// a 17-tag run).
@main
struct WebServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leadprint-web",
        abstract: "Serve the leadprint web page; `leadprint serve` runs this program with the same options.",
        discussion: "Binds to 127.0.0.1 (this machine only) by default; any other host needs --token, which browsers enter once on a login page and API clients send as 'Authorization: Bearer TOKEN'.")

    @OptionGroup var options: ServeOptions

    func run() async throws {
        let settings = options.settings
        let app = try WebApp(settings: settings)
        if !settings.isLoopback {
            FileHandle.standardError.write(Data("warning: serving on \(settings.host): every machine that can reach it can print with leadprint (token required)\n".utf8))
        }
        let host = settings.host
        try await app.application { port in
            // Unbuffered, so a script or test reading the pipe sees the address at once.
            FileHandle.standardOutput.write(Data("leadprint serving on http://\(host.contains(":") ? "[\(host)]" : host):\(port)/  (Ctrl-C stops it)\n".utf8))
        }.runService()
    }
}
