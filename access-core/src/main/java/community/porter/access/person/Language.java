package community.porter.access.person;

/** The languages Porter replies and shows its console in. */
public enum Language {
    ZH,
    EN
}
