package dev.kulis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Binding rules: loopback may go without a token, anything else may not. */
class ServerConfigTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "::1", "localhost"})
    void loopbackNeedsNoToken(String host) {
        assertThat(ServerConfig.isLoopback(host)).isTrue();
        assertThat(ServerConfig.local(0).withHost(host).token()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "10.1.2.3", "192.168.1.20"})
    void otherAddressesNeedAToken(String host) {
        assertThat(ServerConfig.isLoopback(host)).isFalse();
        assertThatThrownBy(() -> ServerConfig.local(0).withHost(host))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a token");
        assertThat(ServerConfig.local(0).withToken("t0ken").withHost(host).token()).isEqualTo("t0ken");
    }

    @Test
    void blankTokenIsNoToken() {
        assertThat(ServerConfig.local(0).withToken("  ").token()).isNull();
    }

    @Test
    void boundsAreChecked() {
        assertThatThrownBy(() -> ServerConfig.local(70_000)).hasMessageContaining("port");
        assertThatThrownBy(() -> ServerConfig.local(0).withMaxBodyBytes(0)).hasMessageContaining("positive");
    }
}
