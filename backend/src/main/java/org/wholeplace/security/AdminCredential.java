package org.wholeplace.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one credential of this release: administrators present it as {@code Authorization: Bearer <token>} to load
 * data over HTTP. With no token configured ({@code WHOLEPLACE_ADMIN_TOKEN}), every such request is refused.
 * Roles and users come later.
 */
@ConfigurationProperties("wholeplace.admin")
public record AdminCredential(String token) {

    /** Compared in constant time, so response timing does not leak the token. */
    public boolean isPresentedIn(String authorizationHeader) {
        if (token == null || token.isBlank() || authorizationHeader == null
                || !authorizationHeader.startsWith("Bearer ")) {
            return false;
        }
        byte[] presented = authorizationHeader.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(presented, token.getBytes(StandardCharsets.UTF_8));
    }
}
