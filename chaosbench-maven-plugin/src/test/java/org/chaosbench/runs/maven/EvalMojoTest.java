package org.chaosbench.runs.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.Test;

import org.chaosbench.runs.eval.provider.ApiKey;
import org.chaosbench.runs.eval.provider.ProviderKind;

/** API keys from settings.xml servers, with a stand-in for Maven's decrypter. */
class EvalMojoTest {

    private static Server server(String id, String password) {
        Server s = new Server();
        s.setId(id);
        s.setPassword(password);
        return s;
    }

    /** Maven's own result class is package-private. */
    private static SettingsDecryptionResult result(Server server, List<SettingsProblem> problems) {
        return new SettingsDecryptionResult() {
            @Override
            public Server getServer() {
                return server;
            }

            @Override
            public List<Server> getServers() {
                return List.of(server);
            }

            @Override
            public Proxy getProxy() {
                return null;
            }

            @Override
            public List<Proxy> getProxies() {
                return List.of();
            }

            @Override
            public List<SettingsProblem> getProblems() {
                return problems;
            }
        };
    }

    @Test
    void serverPasswordsOfProviderIdsBecomeKeysDecryptedAndTheOthersAreNotTouched() throws Exception {
        List<String> asked = new ArrayList<>();
        SettingsDecrypter decrypter = request -> {
            Server in = request.getServers().get(0);
            asked.add(in.getId());
            Server out = in.clone();
            List<SettingsProblem> problems = new ArrayList<>();
            if (in.getPassword().equals("{broken}")) {
                problems.add(new DefaultSettingsProblem("Failed to decrypt password for server " + in.getId(),
                        SettingsProblem.Severity.ERROR, "server: " + in.getId(), -1, -1, null));
            } else {
                out.setPassword(in.getPassword().replace("{enc}", ""));
            }
            return result(out, problems);
        };
        Settings settings = new Settings();
        settings.addServer(server("openai", "{enc}sk-from-settings"));
        settings.addServer(server("ANTHROPIC_API_KEY", "plain-anthropic"));
        settings.addServer(server("gemini", "{broken}"));
        settings.addServer(server("company-nexus", "{enc}not-an-api-key"));
        settings.addServer(server("groq", null));
        EvalMojo mojo = new EvalMojo(decrypter);
        mojo.setLog(new SystemStreamLog());
        var field = EvalMojo.class.getDeclaredField("settings");
        field.setAccessible(true);
        field.set(mojo, settings);

        var keys = mojo.apiKeys();

        assertThat(asked).containsExactly("openai", "ANTHROPIC_API_KEY", "gemini");
        ApiKey openai = keys.find(ProviderKind.OPENAI).orElseThrow();
        assertThat(openai.value()).isEqualTo("sk-from-settings");
        assertThat(openai.source()).isEqualTo("settings server 'openai'");
        assertThat(keys.find(ProviderKind.ANTHROPIC).orElseThrow().value()).isEqualTo("plain-anthropic");
        if (System.getenv("GEMINI_API_KEY") == null && System.getenv("GOOGLE_API_KEY") == null) {
            assertThat(keys.find(ProviderKind.GEMINI)).isEmpty(); // not decryptable: left out
        }
        assertThat(keys.toString()).doesNotContain("sk-from-settings").doesNotContain("plain-anthropic");
        assertThat(keys.redactor().redact("echo sk-from-settings")).doesNotContain("sk-from-settings");
    }
}
