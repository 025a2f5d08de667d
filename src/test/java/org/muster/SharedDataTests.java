package org.muster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedDataTests {

    @Test
    void aMissingFileFailsTheTestNamingTheFileUnderSharedData() {
        assertThatThrownBy(() -> SharedData.file("askubuntu-lei2016/no-such-file.txt"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("../shared/data/askubuntu-lei2016/no-such-file.txt")
                .hasMessageContaining("missing");
    }

    @Test
    void aPresentFileIsFoundBesideTheProjectFolder() {
        assertThat(SharedData.file("README.md")).isRegularFile();
    }
}
