/* vs-verdict-bar.c
 *
 * Copyright 2026 The Versus developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "vs-verdict-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "vs-verdict-bar.h"

struct _VsVerdictBar
{
  GtkWidget          parent_instance;

  VsRanking         *ranking;

  GtkMenuButton     *details_button;
  /* The popover and what it holds: see create_details_popover(). */
  GtkPopover        *details_popover;
  GtkBox            *explanation_box;
  GtkScrolledWindow *explanation_scroller;
  GtkImage          *icon;
  GtkLabel          *label;
};

G_DEFINE_FINAL_TYPE (VsVerdictBar, vs_verdict_bar, GTK_TYPE_WIDGET)

#define EXPLANATION_WIDTH 280
#define EXPLANATION_MAX_HEIGHT 480

enum {
  PROP_0,
  PROP_RANKING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_paragraph (GtkBox     *box,
               const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
}

/**
 * vs_verdict_bar_dup_details:
 *
 * Returns: (transfer full): the text of the Details popover: each
 *   subject's explanation and what would change the verdict
 */
char *
vs_verdict_bar_dup_details (VsVerdictBar *self)
{
  GString *text;
  g_autofree char *flip = NULL;

  g_return_val_if_fail (VS_IS_VERDICT_BAR (self), NULL);

  text = g_string_new (NULL);
  if (self->ranking == NULL || !vs_ranking_has_verdict (self->ranking))
    return g_string_free (text, FALSE);

  for (guint i = 0; i < vs_ranking_get_n_results (self->ranking); i++)
    {
      const VsResult *result = vs_ranking_get_result (self->ranking, i);
      g_autofree char *explanation = vs_ranking_dup_explanation (self->ranking, result->subject);

      g_string_append_printf (text, "%s\n%s\n\n", vs_subject_get_name (result->subject), explanation);
    }

  flip = vs_ranking_dup_flip_text (self->ranking);
  if (flip != NULL && flip[0] != '\0')
    g_string_append (text, flip);

  return g_string_free (text, FALSE);
}

/* As tall as the text at the popover's width, up to EXPLANATION_MAX_HEIGHT,
 * then it scrolls. (A scrolled window that propagates its natural height
 * asks for it at no particular width in GTK 4.8, which gives the height of
 * unwrapped lines: the popover cut the text short.) */
static void
fit_explanation (VsVerdictBar *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->explanation_box));
  int minimum, natural;

  if (width <= 0)
    gtk_widget_measure (GTK_WIDGET (self->explanation_box), GTK_ORIENTATION_HORIZONTAL, -1,
                        &width, &natural, NULL, NULL);
  else
    width += gtk_widget_get_margin_start (GTK_WIDGET (self->explanation_box))
             + gtk_widget_get_margin_end (GTK_WIDGET (self->explanation_box));
  gtk_widget_measure (GTK_WIDGET (self->explanation_box), GTK_ORIENTATION_VERTICAL, width,
                      &minimum, &natural, NULL, NULL);
  gtk_scrolled_window_set_min_content_height (self->explanation_scroller,
                                              MIN (natural, EXPLANATION_MAX_HEIGHT));
}

static void
on_details_popover_show (VsVerdictBar *self)
{
  GtkWidget *child;
  g_autofree char *flip = NULL;

  g_assert (VS_IS_VERDICT_BAR (self));

  /* Built on demand: a ranking changes on every tick, the popover is read
   * now and then. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->explanation_box))))
    gtk_box_remove (self->explanation_box, child);

  if (self->ranking == NULL || !vs_ranking_has_verdict (self->ranking))
    return;

  for (guint i = 0; i < vs_ranking_get_n_results (self->ranking); i++)
    {
      const VsResult *result = vs_ranking_get_result (self->ranking, i);
      g_autofree char *explanation = vs_ranking_dup_explanation (self->ranking, result->subject);

      add_paragraph (self->explanation_box, vs_subject_get_name (result->subject), "heading");
      add_paragraph (self->explanation_box, explanation, NULL);
    }

  flip = vs_ranking_dup_flip_text (self->ranking);
  if (flip != NULL && flip[0] != '\0')
    {
      add_paragraph (self->explanation_box, _("What would change it"), "heading");
      add_paragraph (self->explanation_box, flip, NULL);
    }

  fit_explanation (self);
}

/* The popover is made the first time it opens: most verdicts are read
 * from the bar alone. */
static void
create_details_popover (GtkMenuButton *button,
                        gpointer       user_data)
{
  VsVerdictBar *self = VS_VERDICT_BAR (user_data);
  GtkWidget *scroller;
  GtkWidget *box;

  if (self->details_popover != NULL)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_size_request (box, EXPLANATION_WIDTH, -1);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);

  self->explanation_box = GTK_BOX (box);
  self->explanation_scroller = GTK_SCROLLED_WINDOW (scroller);
  self->details_popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->details_popover, scroller);
  g_signal_connect_object (self->details_popover, "show", G_CALLBACK (on_details_popover_show),
                           self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_popover (button, GTK_WIDGET (self->details_popover));
}

static void
vs_verdict_bar_dispose (GObject *object)
{
  VsVerdictBar *self = (VsVerdictBar *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), VS_TYPE_VERDICT_BAR);
  /* Template children without an id are not unparented by the above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->ranking);

  G_OBJECT_CLASS (vs_verdict_bar_parent_class)->dispose (object);
}

static void
vs_verdict_bar_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VsVerdictBar *self = VS_VERDICT_BAR (object);

  switch (prop_id)
    {
    case PROP_RANKING:
      g_value_set_object (value, self->ranking);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_verdict_bar_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VsVerdictBar *self = VS_VERDICT_BAR (object);

  switch (prop_id)
    {
    case PROP_RANKING:
      vs_verdict_bar_set_ranking (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vs_verdict_bar_class_init (VsVerdictBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vs_verdict_bar_dispose;
  object_class->get_property = vs_verdict_bar_get_property;
  object_class->set_property = vs_verdict_bar_set_property;

  properties[PROP_RANKING] =
    g_param_spec_object ("ranking", NULL, NULL,
                         VS_TYPE_RANKING,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/versus/Versus/vs-verdict-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, VsVerdictBar, details_button);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictBar, icon);
  gtk_widget_class_bind_template_child (widget_class, VsVerdictBar, label);

  /* The verdict changes as a person ticks: a status region is announced
   * by screen readers without moving the focus. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_STATUS);
  gtk_widget_class_set_css_name (widget_class, "verdictbar");
}

static void
update (VsVerdictBar *self)
{
  gboolean has_verdict = self->ranking != NULL && vs_ranking_has_verdict (self->ranking);

  if (has_verdict)
    {
      g_autofree char *verdict = vs_ranking_dup_verdict (self->ranking);
      GPtrArray *best = vs_ranking_get_best (self->ranking);
      gboolean none = best == NULL || best->len == 0;

      gtk_label_set_label (self->label, verdict);
      gtk_image_set_from_icon_name (self->icon, none ? "dialog-warning-symbolic" : "starred-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->label), "heading");
      gtk_widget_remove_css_class (GTK_WIDGET (self), "empty");
      if (none)
        gtk_widget_add_css_class (GTK_WIDGET (self), "no-match");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self), "no-match");
    }
  else
    {
      gtk_label_set_label (self->label, _("Tick what your project needs"));
      gtk_image_set_from_icon_name (self->icon, "emblem-ok-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->label), "heading");
      gtk_widget_add_css_class (GTK_WIDGET (self), "empty");
      gtk_widget_remove_css_class (GTK_WIDGET (self), "no-match");
    }

  gtk_widget_set_visible (GTK_WIDGET (self->details_button), has_verdict);
  gtk_widget_set_visible (GTK_WIDGET (self->icon), has_verdict);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_label (self->label),
                                  -1);
}

static void
vs_verdict_bar_init (VsVerdictBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->details_button, create_details_popover, self, NULL);
  update (self);
}

GtkWidget *
vs_verdict_bar_new (void)
{
  return g_object_new (VS_TYPE_VERDICT_BAR, NULL);
}

VsRanking *
vs_verdict_bar_get_ranking (VsVerdictBar *self)
{
  g_return_val_if_fail (VS_IS_VERDICT_BAR (self), NULL);

  return self->ranking;
}

void
vs_verdict_bar_set_ranking (VsVerdictBar *self,
                            VsRanking    *ranking)
{
  g_return_if_fail (VS_IS_VERDICT_BAR (self));
  g_return_if_fail (!ranking || VS_IS_RANKING (ranking));

  if (!g_set_object (&self->ranking, ranking))
    return;

  update (self);
  if (self->details_popover != NULL && gtk_widget_get_visible (GTK_WIDGET (self->details_popover)))
    on_details_popover_show (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANKING]);
}

/**
 * vs_verdict_bar_get_text:
 *
 * Returns: the sentence on screen
 */
const char *
vs_verdict_bar_get_text (VsVerdictBar *self)
{
  g_return_val_if_fail (VS_IS_VERDICT_BAR (self), NULL);

  return gtk_label_get_label (self->label);
}
