import { useEffect, useMemo, useRef, useState } from "react";
import { useHydrated } from "~/utils/use-hydrated";
import { useT } from "~/utils/use-t";
import { LEAD, speakerOrder, type Speakers } from "~/utils/speakers";
import { assignVoices } from "./voice-pick";

interface RecognitionResultEvent {
  results: ArrayLike<ArrayLike<{ transcript: string }>>;
}

interface Recognition {
  lang: string;
  interimResults: boolean;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
}

type RecognitionCtor = new () => Recognition;

function recognitionCtor(): RecognitionCtor | null {
  const w: Record<string, unknown> = window as unknown as Record<string, unknown>;
  const ctor = w.SpeechRecognition ?? w.webkitSpeechRecognition;
  return typeof ctor === "function" ? (ctor as RecognitionCtor) : null;
}

const SPEAK_KEY = "callcraft.speak";
const voiceLang = (lang: string) => (lang === "ru" ? "ru-RU" : "en-US");

/** The browser's voices; some load them late and say so with `voiceschanged`. */
function useBrowserVoices(enabled: boolean): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  useEffect(() => {
    const synth = enabled ? window.speechSynthesis : undefined;
    if (!synth || typeof synth.getVoices !== "function") return;
    const read = () => setVoices(synth.getVoices());
    read();
    synth.addEventListener?.("voiceschanged", read);
    return () => synth.removeEventListener?.("voiceschanged", read);
  }, [enabled]);
  return voices;
}

/**
 * The browser's own speech: the lead's lines read aloud (a toggle, remembered), each speaker in
 * its own voice where the browser has several for the language (else its own pitch), and, where
 * the browser can recognise speech, a button that dictates into the reply box. Neither control
 * is rendered when the browser lacks the feature.
 */
export function VoiceControls({
  lang,
  lines,
  speakers,
  canListen,
}: {
  lang: string;
  lines: { speaker: string; text: string }[];
  speakers: Speakers;
  canListen: boolean;
}) {
  const { t } = useT();
  // What the browser can do, and the remembered toggle, are known only once it runs the page.
  const hydrated = useHydrated();
  const support = useMemo(
    () => (hydrated ? { speak: "speechSynthesis" in window, listen: recognitionCtor() !== null } : { speak: false, listen: false }),
    [hydrated],
  );
  const [speakChoice, setSpeak] = useState<boolean | null>(null);
  const speak = speakChoice ?? (hydrated && window.localStorage.getItem(SPEAK_KEY) === "1");
  const [listening, setListening] = useState(false);
  const recognition = useRef<Recognition | null>(null);
  const voices = useBrowserVoices(support.speak);
  // Compared by content: a reload of the same moment (say, after a refused reply) is not read again.
  const said = JSON.stringify(lines);
  const cast = JSON.stringify(speakers);

  useEffect(() => {
    const toSay = (JSON.parse(said) as { speaker: string; text: string }[]).filter((line) => line.text !== "");
    if (!speak || !support.speak || toSay.length === 0) return;
    try {
      const who = JSON.parse(cast) as Speakers;
      const order = speakerOrder(who).map((id) => ({ id, voice: who[id]?.voice }));
      const chosen = assignVoices(voices, lang, order);
      window.speechSynthesis.cancel();
      for (const line of toSay) {
        const choice = chosen[line.speaker] ?? chosen[LEAD];
        const utterance = new SpeechSynthesisUtterance(line.text);
        utterance.lang = choice?.voice?.lang ?? voiceLang(lang);
        if (choice?.voice) utterance.voice = choice.voice;
        utterance.pitch = choice?.pitch ?? 1;
        window.speechSynthesis.speak(utterance);
      }
    } catch {
      // A browser that advertises speech but fails to speak should not break the call.
    }
  }, [speak, support.speak, said, lang, cast, voices]);

  if (!support.speak && !support.listen) return null;

  const toggleListen = () => {
    const Ctor = recognitionCtor();
    if (!Ctor) return;
    if (listening) {
      recognition.current?.stop();
      return;
    }
    const rec = new Ctor();
    rec.lang = voiceLang(lang);
    rec.interimResults = false;
    rec.onresult = (event) => {
      const box = document.getElementById("reply-text");
      const said = Array.from(event.results)
        .map((result) => result[0]?.transcript ?? "")
        .join(" ");
      if (box instanceof HTMLTextAreaElement) box.value = [box.value, said].filter(Boolean).join(" ");
    };
    rec.onend = () => setListening(false);
    recognition.current = rec;
    setListening(true);
    rec.start();
  };

  return (
    <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      {support.speak ? (
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={speak}
            onChange={(event) => {
              setSpeak(event.target.checked);
              window.localStorage.setItem(SPEAK_KEY, event.target.checked ? "1" : "0");
              if (!event.target.checked) window.speechSynthesis.cancel();
            }}
          />
          {t("call.speak")}
        </label>
      ) : null}
      {support.listen && canListen ? (
        <button
          type="button"
          onClick={toggleListen}
          aria-pressed={listening}
          className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100"
        >
          {listening ? t("call.listening") : t("call.listen")}
        </button>
      ) : null}
    </section>
  );
}
