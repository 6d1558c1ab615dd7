import { Heading, Paragraph } from '@/components/ui/ds-static'

/** What a logged-in person sees on a page their roles do not open: a plain explanation, no data. */
export function NoAccess({ title, text }: { title: string; text: string }) {
  return (
    <div className="max-w-3xl">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>{text}</Paragraph>
    </div>
  )
}
