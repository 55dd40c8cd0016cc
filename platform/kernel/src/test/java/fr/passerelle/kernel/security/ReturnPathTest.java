package fr.passerelle.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReturnPathTest {

    @Test
    void pathsOfThisSiteAreKept() {
        assertEquals("/mon-espace", ReturnPath.safe("/mon-espace"));
        assertEquals("/ressources?page=2&theme=m%C3%A9diation", ReturnPath.safe("/ressources?page=2&theme=m%C3%A9diation"));
        assertEquals("/ressources/été", ReturnPath.safe("/ressources/été"));
    }

    @Test
    void everythingElseBecomesTheHomePage() {
        for (String hostile : new String[] {null, "", "https://evil.example/", "//evil.example", "///evil.example",
                "/\\evil.example", "\\\\evil.example", "javascript:alert(1)", "evil.example", "/a\r\nSet-Cookie: x=1",
                "/a\tb", "/a\u007fb", "/" + "a".repeat(ReturnPath.MAX_LENGTH)}) {
            assertEquals("/", ReturnPath.safe(hostile), String.valueOf(hostile));
        }
    }
}
