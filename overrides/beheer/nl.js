// Dutch for what Decap's own Dutch (locale `nl`) leaves in English: the phrases its English has
// and its Dutch lacks, which screen readers read out and tooltips show ("Expand", "Set Datum to
// now", "Account options dropdown"), and a few it leaves untranslated. tests/browser/test_editor.py
// finds any English phrase left on the editor's screens.
//
// And the words of saving. With the editorial workflow (the site on GitHub) Decap says
// "Opslaan" for a pull request and "Publiceer" for merging it, as CONTRIBUTING.md explains. On
// this computer (`make beheer`, no workflow) its one button writes the file into docs/ at once:
// Decap calls that "Publiceer", but nothing reaches the site, so here it is "Opslaan" too.

const MISSING = {
  auth: { loginWithForgejo: "Inloggen met Forgejo" },
  collection: {
    collectionTop: { viewAsList: "Als lijst tonen", viewAsGrid: "Als tegels tonen" },
    entries: { unpublishedHeader: "Nog niet gepubliceerd" },
  },
  editor: {
    editorControl: { field: { widgetLabel: "veld %{widgetLabel}" } },
    editorControlPane: {
      widget: { invalidPath: "'%{path}' is geen geldig pad", pathExists: "Het pad '%{path}' bestaat al" },
      i18n: {
        copyFromLocale: "Overnemen uit een andere taal",
        copyFromLocaleConfirm: "Wil je de gegevens uit de taal %{locale} overnemen?\nAlles wat er nu staat, wordt overschreven.",
      },
    },
    editorInterface: { toggleNotes: "Notities tonen of verbergen" },
    editorNotesPane: {
      title: "Notities",
      emptyState: "Nog geen notities. Schrijf hieronder de eerste.",
      addNote: "Notitie toevoegen",
      addPlaceholder: "Schrijf een notitie…",
      editPlaceholder: "Pas je notitie aan…",
      save: "Bewaren",
      cancel: "Annuleren",
      edit: "Aanpassen",
      delete: "Verwijderen",
      resolve: "Afhandelen",
      unresolve: "Weer openen",
      confirmDelete: "Weet je zeker dat je deze notitie wilt verwijderen?",
      shortcut: "Tip: met Ctrl+Enter voeg je de notitie meteen toe",
    },
    editorToolbar: {
      statusInfoTooltipDraft: "Dit is een concept. Is het af, zet de status dan op ‘Wordt beoordeeld’.",
      statusInfoTooltipInReview: "De redactie beoordeelt dit; je hoeft niets meer te doen. Aanpassen kan nog steeds.",
    },
    editorWidgets: {
      markdown: {
        quote: "Citaat",
        strikethrough: "Doorhalen",
        toggleMode: { rich: "Naar opgemaakte tekst", markdown: "Naar Markdown" },
      },
      headingOptions: {
        headingOne: "Kop 1", headingTwo: "Kop 2", headingThree: "Kop 3",
        headingFour: "Kop 4", headingFive: "Kop 5", headingSix: "Kop 6",
      },
      image: { chooseMultiple: "Kies afbeeldingen", addMore: "Meer afbeeldingen toevoegen", removeAll: "Alle afbeeldingen weghalen" },
      file: { chooseMultiple: "Kies bestanden", addMore: "Meer bestanden toevoegen", removeAll: "Alle bestanden weghalen" },
      datetime: { setToNow: "Zet %{fieldLabel} op nu" },
      list: { addType: "Voeg %{item} toe" },
      object: { expand: "Uitklappen", collapse: "Inklappen" },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: "Sluiten" } },
  ui: {
    settingsDropdown: { account: "Accountmenu" },
    toast: {
      noteAdded: "Notitie toegevoegd",
      onFailToAddNote: "Notitie toevoegen lukte niet: %{details}",
      noteUpdated: "Notitie aangepast",
      onFailToUpdateNote: "Notitie aanpassen lukte niet: %{details}",
      noteDeleted: "Notitie verwijderd",
      onFailToDeleteNote: "Notitie verwijderen lukte niet: %{details}",
      noteResolved: "Notitie afgehandeld",
      noteReopened: "Notitie weer geopend",
      onFailToToggleNote: "De notitie omzetten lukte niet: %{details}",
    },
  },
};

const SAVED_ON_THIS_COMPUTER = {
  editor: {
    editorToolbar: {
      publish: "Opslaan",
      publishNow: "Nu opslaan",
      publishing: "Opslaan…",
      published: "Opgeslagen",
      publishAndCreateNew: "Opslaan en een nieuw item maken",
      publishAndDuplicate: "Opslaan en een kopie maken",
    },
  },
};

function merged(base, extra) {
  const result = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    result[key] = typeof value === "object" ? merged(base?.[key] ?? {}, value) : value;
  }
  return result;
}

/** Decap's Dutch with our additions; `local`: the page of `make beheer`, which writes files at once. */
export function dutch(CMS, local) {
  const phrases = merged(CMS.getLocale("nl"), MISSING);
  CMS.registerLocale("nl", local ? merged(phrases, SAVED_ON_THIS_COMPUTER) : phrases);
}

/** The select widget (react-select) names its buttons that take a choice away in English, outside Decap's
 * phrases: "Remove Bijeenkomsten" becomes "Bijeenkomsten weghalen". */
export function dutchRemoveButtons() {
  const rename = () => {
    for (const button of document.querySelectorAll('[aria-label^="Remove "]')) {
      button.setAttribute("aria-label", `${button.getAttribute("aria-label").slice("Remove ".length)} weghalen`);
    }
  };
  new MutationObserver(rename).observe(document.body, { subtree: true, childList: true });
}
