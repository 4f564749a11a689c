package energy.mwolo.identity.tokens.web;

import energy.mwolo.identity.tokens.application.ActiveKeys;
import energy.mwolo.identity.tokens.application.TokenProperties;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What verifiers need, without a token: the public keys (JWKS) and the discovery document naming the issuer and
 * the JWKS address. Verifiers may cache the JWKS five minutes: the next key is published an hour before it signs.
 */
@RestController
class WellKnownController {

    static final List<String> CLAIMS = List.of(
            "sub", "iss", "aud", "exp", "iat", "nbf", "jti", "roles", "perms", "agency_id", "client_id", "employee_id");

    private final ActiveKeys keys;
    private final TokenProperties tokens;

    WellKnownController(ActiveKeys keys, TokenProperties tokens) {
        this.keys = keys;
        this.tokens = tokens;
    }

    @Operation(summary = "Clés publiques de vérification des jetons (JWKS)")
    @GetMapping("/.well-known/jwks.json")
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .contentType(MediaType.APPLICATION_JSON)
                .body(keys.published().toJSONObject(true));
    }

    @Operation(summary = "Configuration OpenID de l'émetteur des jetons")
    @GetMapping("/.well-known/openid-configuration")
    ResponseEntity<Map<String, Object>> discovery() {
        String issuer = tokens.issuer();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("jwks_uri", issuer + "/.well-known/jwks.json");
        document.put("token_endpoint", issuer + "/api/auth/login/");
        document.put("userinfo_endpoint", issuer + "/api/auth/me/");
        document.put("response_types_supported", List.of("token"));
        document.put("grant_types_supported", List.of("password", "refresh_token"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("token_endpoint_auth_methods_supported", List.of("none"));
        document.put("claims_supported", CLAIMS);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .contentType(MediaType.APPLICATION_JSON)
                .body(document);
    }
}
