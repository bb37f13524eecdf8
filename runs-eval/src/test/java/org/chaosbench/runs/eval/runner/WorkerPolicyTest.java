package org.chaosbench.runs.eval.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkerPolicyTest {

    @ParameterizedTest(name = "{0} {1} explicit={2} -> {3}")
    @CsvSource(nullValues = "null", value = {
        "ollama, qwen2.5:7b, null, 4", "ollama, llama3.1:8b, null, 4", "ollama, mistral:7b, null, 4",
        "ollama, qwen2.5:14b, null, 2", "ollama, deepseek-r1:14b, null, 2", "ollama, qwen2.5:32b, null, 2",
        "ollama, gemma2:9b, null, 2", "ollama, gemma2:27b, null, 2", "ollama, mixtral:8x7b, null, 2",
        "ollama, phi3:3.8b, null, 4", "ollama, llama3.2:3b, null, 4", "ollama, qwen2.5:0.5b, null, 4",
        "ollama, gpt-oss:20b, null, 2", "ollama, llama3.1:70b, null, 2", "ollama, mistral, null, 1",
        "ollama, qwen2.5:7b-instruct-q4_K_M, null, 4", "openai-compatible, Meta-Llama-3.1-8B-Instruct, null, 4",
        "ollama, qwen2.5:32b, 1, 1", "ollama, qwen2.5:7b, 6, 6",
        "openai, gpt-4o, null, 8", "anthropic, claude-sonnet-4-6, null, 8", "gemini, gemini-2.0-flash, null, 8",
        "mock, null, null, 1", "always-true, null, null, 1", "random, null, 3, 3"})
    void workers(String provider, String model, Integer explicit, int expected) {
        assertThat(WorkerPolicy.workers(provider, model, explicit)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"qwen2.5:32b, 32.0", "mixtral:8x7b, 56.0", "phi3:3.8b, 3.8", "llama3.1:8b, 8.0", "yi:34b-chat, 34.0"})
    void parameterCountFromTheModelName(String model, double billions) {
        assertThat(WorkerPolicy.parameterBillions(model)).hasValue(billions);
    }
}
