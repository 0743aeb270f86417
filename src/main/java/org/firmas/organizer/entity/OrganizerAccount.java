package org.firmas.organizer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who logs in to the console. The email, lower-cased, is the login name. */
@Entity
@Table(name = "organizer_account")
@NamedQuery(name = OrganizerAccount.BY_EMAIL, query = "select a from OrganizerAccount a where a.email = :email")
@NamedQuery(name = OrganizerAccount.ALL, query = "select a from OrganizerAccount a order by a.email")
@NamedQuery(name = OrganizerAccount.COUNT_ADMINS, query = "select count(a) from OrganizerAccount a where a.role = 'admin'")
public class OrganizerAccount {

    public static final String BY_EMAIL = "OrganizerAccount.byEmail";
    public static final String ALL = "OrganizerAccount.all";
    public static final String COUNT_ADMINS = "OrganizerAccount.countAdmins";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organizer_account_seq")
    @SequenceGenerator(name = "organizer_account_seq", sequenceName = "organizer_account_seq", allocationSize = 10)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String role;

    @Column(name = "password_salt", nullable = false)
    private String passwordSalt;

    @Column(name = "password_iterations", nullable = false)
    private int passwordIterations;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OrganizerAccount() {
    }

    public OrganizerAccount(String email, String displayName, Role role, PasswordHash password, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.role = role.groupName();
        this.createdAt = createdAt;
        setPassword(password);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return Role.ofGroup(role);
    }

    public boolean isAdmin() {
        return getRole() == Role.ADMIN;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public PasswordHash getPassword() {
        return new PasswordHash(passwordSalt, passwordIterations, passwordHash);
    }

    public void setPassword(PasswordHash password) {
        this.passwordSalt = password.salt();
        this.passwordIterations = password.iterations();
        this.passwordHash = password.hash();
    }
}
