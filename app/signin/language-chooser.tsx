import { buttonSecondary, inputClass } from "@/components/ui/styles";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import { languageChoices } from "@/lib/users/locale";
import { chooseSignInLanguage } from "./actions";

/** A small form on /signin: the language of the signed-out pages, each language named in itself. */
export async function LanguageChooser({ callbackUrl }: { callbackUrl: string }) {
  const [t, locale] = await Promise.all([getPortalT("account.signIn"), getPortalLocale()]);
  return (
    <form action={chooseSignInLanguage} className="flex flex-wrap items-end gap-2 text-sm">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="signin-language" className="block font-medium text-slate-800">
          {t("language")}
        </label>
        <select id="signin-language" name="locale" defaultValue={locale} className={`mt-1 ${inputClass}`}>
          {languageChoices().map((c) => (
            <option key={c.locale} value={c.locale} lang={c.locale}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonSecondary}>
        {t("languageSubmit")}
      </button>
    </form>
  );
}
